#include "langfusecontent.h"

#include <domain/timeutil.h>

#include <QCoreApplication>

#include <algorithm>

namespace keel::sources::langfuse {

namespace {

domain::UnixMs timeOf(const Json &object, const char *key)
{
    return domain::parseRfc3339(text(object, key)).value_or(0);
}

std::int64_t totalPages(const Json &page)
{
    if (!page.contains("meta") || !page["meta"].is_object())
        return 0;
    const Json &meta = page["meta"];
    return meta.contains("totalPages") && meta["totalPages"].is_number_integer() ? meta["totalPages"].get<std::int64_t>()
                                                                                 : 0;
}

// A message's content: a string, or OpenAI-style parts [{type: "text", text}].
std::string contentText(const Json &content)
{
    if (content.is_string())
        return content.get<std::string>();
    if (content.is_array()) {
        std::string out;
        for (const Json &part : content) {
            const std::string t = part.is_string() ? part.get<std::string>() : text(part, "text");
            if (t.empty())
                continue;
            if (!out.empty())
                out += "\n";
            out += t;
        }
        if (!out.empty())
            return out;
    }
    return content.is_null() ? std::string() : content.dump(2);
}

bool isMessage(const Json &v)
{
    return v.is_object() && v.contains("role") && v.contains("content");
}

std::string messageText(const Json &m)
{
    return text(m, "role") + ": " + contentText(m["content"]);
}

// Retrieved chunks from a retriever's output: [{id|title, snippet|text|content, uri|url}].
void addSources(const Json &output, std::vector<domain::SourceRef> &sources)
{
    if (!output.is_array())
        return;
    for (const Json &chunk : output) {
        if (!chunk.is_object())
            continue;
        domain::SourceRef ref;
        ref.title = text(chunk, "title").empty() ? text(chunk, "id") : text(chunk, "title");
        for (const char *key : {"snippet", "text", "content", "pageContent"})
            if (ref.snippet.empty())
                ref.snippet = text(chunk, key);
        ref.uri = text(chunk, "uri").empty() ? text(chunk, "url") : text(chunk, "uri");
        if (!ref.snippet.empty() || !ref.title.empty())
            sources.push_back(std::move(ref));
    }
}

// "Trace 3f2a9c1e-…": what the reviewer would search for in Langfuse, not the composite key.
std::string itemLabel(const QueueItemRef &ref)
{
    QString kind;
    if (ref.objectType == "TRACE")
        kind = QCoreApplication::translate("keel::sources::langfuse", "Trace");
    else if (ref.objectType == "OBSERVATION")
        kind = QCoreApplication::translate("keel::sources::langfuse", "Observation");
    else if (ref.objectType == "SESSION")
        kind = QCoreApplication::translate("keel::sources::langfuse", "Session");
    else
        kind = QString::fromStdString(ref.objectType);
    QString id = QString::fromStdString(ref.objectId);
    constexpr int kShownChars = 13; // a UUID's first two groups: enough to tell items apart
    if (id.size() > kShownChars + 3)
        id = id.left(kShownChars) + QChar(0x2026);
    return QString(kind + QLatin1Char(' ') + id).toStdString();
}

domain::ReviewItem baseItem(const QueueItemRef &ref)
{
    domain::ReviewItem item;
    item.id = itemKey(ref.queueId, ref.id).toStdString();
    item.queue = ref.queueId;
    item.status = "pending";
    item.requestId = ref.objectId;
    item.route = ref.objectType; // TRACE | OBSERVATION | SESSION: what the reviewer is looking at
    item.createdAt = ref.createdAt;
    item.updatedAt = ref.createdAt;
    item.label = itemLabel(ref);
    return item;
}

// v4 io is a raw string: JSON that was stored serialised comes back as its text.
Json decodeRawIo(const Json &v)
{
    if (!v.is_string())
        return v;
    const std::string &s = v.get_ref<const std::string &>();
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos || (s[first] != '{' && s[first] != '[' && s[first] != '"'))
        return v;
    Json parsed = Json::parse(s, nullptr, false);
    return parsed.is_discarded() ? v : parsed;
}

// Fills prompt, output, model, sources and flags from observations (oldest first), each with
// type, input, output, model, level, statusMessage, parentObservationId, already decoded.
struct Obs {
    std::string id, traceId, type, name, model, level, statusMessage;
    bool root = false;
    domain::UnixMs start = 0;
    Json input, output;
};

void fill(domain::ReviewItem &item, const std::vector<Obs> &all, const std::string &objectType,
          const std::string &objectId)
{
    std::vector<const Obs *> roots;
    const Obs *target = nullptr;
    const Obs *lastGeneration = nullptr;
    for (const Obs &o : all) {
        if (o.root)
            roots.push_back(&o);
        if (o.id == objectId)
            target = &o;
        if (o.type == "GENERATION")
            lastGeneration = &o;
        if (o.type == "RETRIEVER")
            addSources(o.output, item.sources);
        if ((o.level == "WARNING" || o.level == "ERROR") && !o.statusMessage.empty())
            item.policyFlags.push_back(o.name + ": " + o.statusMessage);
        if (item.correlationId.empty())
            item.correlationId = o.traceId;
    }
    if (objectType == "OBSERVATION" && target) {
        item.prompt = ioText(target->input);
        item.output = ioText(target->output);
        item.model = target->model;
        item.useCase = target->name;
        return;
    }
    // A trace (or a session's traces, in order): what the user asked and what they were answered.
    std::string prompt, output;
    for (const Obs *r : roots) {
        const std::string in = ioText(r->input), out = ioText(r->output);
        if (!in.empty())
            prompt += (prompt.empty() ? "" : "\n\n---\n\n") + in;
        if (!out.empty())
            output += (output.empty() ? "" : "\n\n---\n\n") + out;
        if (item.useCase.empty())
            item.useCase = r->name;
    }
    if (prompt.empty() && output.empty() && lastGeneration) {
        prompt = ioText(lastGeneration->input);
        output = ioText(lastGeneration->output);
    }
    item.prompt = prompt;
    item.output = output;
    if (lastGeneration)
        item.model = lastGeneration->model;
}

} // namespace

std::string ioText(const Json &value)
{
    const Json v = decodeRawIo(value);
    if (v.is_null())
        return {};
    if (v.is_string())
        return v.get<std::string>();
    if (isMessage(v))
        return messageText(v);
    if (v.is_array() && !v.empty() && std::all_of(v.begin(), v.end(), isMessage)) {
        std::string out;
        for (const Json &m : v)
            out += (out.empty() ? "" : "\n\n") + messageText(m);
        return out;
    }
    if (v.is_object() && v.size() == 1 && v.begin()->is_string())
        return v.begin()->get<std::string>(); // {"answer": "..."}: the text is what matters
    return v.dump(2);
}

QueuePage readQueuePage(const QByteArray &body)
{
    QueuePage out;
    const Json page = parse(body);
    if (!page.is_object() || !page.contains("data") || !page["data"].is_array()) {
        out.error = QStringLiteral("expected {data: [AnnotationQueue], meta}");
        return out;
    }
    for (const Json &q : page["data"]) {
        domain::ReviewQueue queue;
        queue.id = text(q, "id");
        queue.name = text(q, "name");
        if (queue.id.empty()) {
            out.error = QStringLiteral("an annotation queue without an id");
            return out;
        }
        if (queue.name.empty())
            queue.name = queue.id;
        out.queues.push_back(std::move(queue));
    }
    out.totalPages = totalPages(page);
    return out;
}

ItemPage readItemPage(const QByteArray &body)
{
    ItemPage out;
    const Json page = parse(body);
    if (!page.is_object() || !page.contains("data") || !page["data"].is_array()) {
        out.error = QStringLiteral("expected {data: [AnnotationQueueItem], meta}");
        return out;
    }
    for (const Json &i : page["data"]) {
        QueueItemRef ref{text(i, "id"), text(i, "queueId"), text(i, "objectId"), text(i, "objectType"),
                         text(i, "status"), timeOf(i, "createdAt")};
        if (ref.id.empty() || ref.objectId.empty()) {
            out.error = QStringLiteral("a queue item without id or objectId");
            return out;
        }
        out.items.push_back(std::move(ref));
    }
    out.totalPages = totalPages(page);
    return out;
}

domain::ReviewItem itemFromObservationsV2(const QueueItemRef &ref, const QByteArray &body, QString *error)
{
    domain::ReviewItem item = baseItem(ref);
    const Json page = parse(body);
    if (!page.is_object() || !page.contains("data") || !page["data"].is_array()) {
        *error = QStringLiteral("expected {data: [ObservationV2], meta}");
        return item;
    }
    std::vector<Obs> all;
    for (const Json &o : page["data"]) {
        Obs x{text(o, "id"), text(o, "traceId"), text(o, "type"), text(o, "name"), text(o, "providedModelName"),
              text(o, "level"), text(o, "statusMessage"), false, timeOf(o, "startTime"),
              o.contains("input") ? o["input"] : Json(), o.contains("output") ? o["output"] : Json()};
        x.root = !o.contains("parentObservationId") || o["parentObservationId"].is_null();
        all.push_back(std::move(x));
    }
    // The server pages newest first; a reviewer reads a conversation from its start.
    std::stable_sort(all.begin(), all.end(), [](const Obs &a, const Obs &b) { return a.start < b.start; });
    fill(item, all, ref.objectType, ref.objectId);
    return item;
}

domain::ReviewItem itemFromLegacy(const QueueItemRef &ref, const QByteArray &body, QString *error)
{
    domain::ReviewItem item = baseItem(ref);
    const Json j = parse(body);
    if (!j.is_object() || text(j, "id").empty()) {
        *error = QStringLiteral("expected a trace or an observation object");
        return item;
    }
    std::vector<Obs> all;
    auto obs = [](const Json &o) {
        Obs x{text(o, "id"), text(o, "traceId"), text(o, "type"), text(o, "name"), text(o, "model"),
              text(o, "level"), text(o, "statusMessage"), false, timeOf(o, "startTime"),
              o.contains("input") ? o["input"] : Json(), o.contains("output") ? o["output"] : Json()};
        return x;
    };
    if (ref.objectType == "OBSERVATION") {
        all.push_back(obs(j));
    } else {
        // A v3 trace carries its own input and output: that is the root of the conversation.
        Obs root{text(j, "id"), text(j, "id"), "TRACE", text(j, "name"), {}, {}, {}, true, timeOf(j, "timestamp"),
                 j.contains("input") ? j["input"] : Json(), j.contains("output") ? j["output"] : Json()};
        all.push_back(root);
        if (j.contains("observations") && j["observations"].is_array())
            for (const Json &o : j["observations"])
                if (o.is_object())
                    all.push_back(obs(o));
        std::stable_sort(all.begin() + 1, all.end(), [](const Obs &a, const Obs &b) { return a.start < b.start; });
    }
    fill(item, all, ref.objectType, ref.objectId);
    return item;
}

domain::ReviewItem itemWithoutContent(const QueueItemRef &ref, const QString &note)
{
    domain::ReviewItem item = baseItem(ref);
    item.prompt = note.toStdString();
    return item;
}

} // namespace keel::sources::langfuse
