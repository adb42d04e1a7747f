#include "scoreplan.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace keel::sources::langfuse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("keel::sources::langfuse", text);
}

// Keel's namespace for score ids (a fixed random UUID; changing it would duplicate scores on resend).
const QUuid kScoreNamespace(QStringLiteral("6f4f7c0e-8d53-4b43-9d3c-5f1f8f0b6a21"));

constexpr std::size_t kTextMax = 500; // TEXT scores: 1..500 characters

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

// Labels a queue owner is likely to have given each decision, most specific first.
const std::vector<std::string> &labelsFor(domain::DecisionAction a)
{
    using A = domain::DecisionAction;
    static const std::vector<std::string> approve = {"approve", "approved", "accept", "accepted", "ship", "pass",
                                                     "correct", "good", "yes"};
    static const std::vector<std::string> reject = {"reject", "rejected", "fail", "failed", "incorrect", "bad", "no"};
    static const std::vector<std::string> edit = {"edit", "edited", "needs-edit", "needs_edit", "needs edit", "revise",
                                                  "fix"};
    static const std::vector<std::string> escalate = {"escalate", "escalated", "needs-review", "needs_review",
                                                      "review", "unsure"};
    switch (a) {
    case A::Approve: return approve;
    case A::Reject: return reject;
    case A::Edit: return edit;
    case A::Escalate: return escalate;
    }
    return approve;
}

const std::pair<double, std::string> *findCategory(const ScoreConfig &c, domain::DecisionAction a)
{
    for (const std::string &want : labelsFor(a))
        for (const auto &cat : c.categories)
            if (lower(cat.second) == want)
                return &cat;
    return nullptr;
}

// The category for a decision: by label; an edit or an escalation without its own category
// counts as "not shippable as it is" (the reject category); failing all, the lowest (or, for
// approve, the highest) valued category.
const std::pair<double, std::string> *categoryFor(const ScoreConfig &c, domain::DecisionAction a)
{
    if (c.categories.empty())
        return nullptr;
    if (const auto *hit = findCategory(c, a))
        return hit;
    if (a != domain::DecisionAction::Approve)
        if (const auto *hit = findCategory(c, domain::DecisionAction::Reject))
            return hit;
    const auto byValue = [](const auto &x, const auto &y) { return x.first < y.first; };
    return a == domain::DecisionAction::Approve ? &*std::max_element(c.categories.begin(), c.categories.end(), byValue)
                                                : &*std::min_element(c.categories.begin(), c.categories.end(), byValue);
}

const ScoreConfig *firstLive(const std::vector<ScoreConfig> &configs, const char *type)
{
    for (const ScoreConfig &c : configs)
        if (!c.archived && c.dataType == type)
            return &c;
    return nullptr;
}

std::string clipText(const std::string &s, std::size_t max)
{
    if (s.size() <= max)
        return s;
    std::size_t n = max - 3;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
        --n; // never cut a UTF-8 sequence
    return s.substr(0, n) + "...";
}

Json baseScore(const QByteArray &key, const std::string &role, const std::string &name, const ScoreSubject &subject,
               const std::string &queueId)
{
    Json s{{"id", scoreId(key, role)}, {"name", name}, {"source", "ANNOTATION"}, {"queueId", queueId}};
    if (!subject.traceId.empty())
        s["traceId"] = subject.traceId;
    if (!subject.observationId.empty())
        s["observationId"] = subject.observationId;
    if (!subject.sessionId.empty() && subject.traceId.empty())
        s["sessionId"] = subject.sessionId;
    return s;
}

// The verdict's comment: what the reviewer decided beyond the value, in plain words.
std::string verdictComment(const domain::Decision &d, bool withEditedOutput)
{
    std::vector<std::string> parts;
    using A = domain::DecisionAction;
    if (d.action == A::Reject && !d.rejectReason.empty())
        parts.push_back("Rejected: " + d.rejectReason);
    if (d.action == A::Escalate)
        parts.push_back("Escalated to " + (d.escalationTier.empty() ? std::string("review") : d.escalationTier)
                        + (d.escalationReason.empty() ? std::string() : ": " + d.escalationReason));
    if (!d.comment.empty())
        parts.push_back(d.comment);
    if (!d.labels.empty()) {
        std::string labels = "Labels:";
        for (const std::string &l : d.labels)
            labels += " " + l;
        parts.push_back(labels);
    }
    if (withEditedOutput)
        parts.push_back("Edited output:\n" + d.editedOutput);
    std::string out;
    for (const std::string &p : parts)
        out += (out.empty() ? "" : "\n\n") + p;
    return out;
}

} // namespace

std::optional<ScoreConfig> readScoreConfig(const Json &j)
{
    ScoreConfig c;
    c.id = text(j, "id");
    c.name = text(j, "name");
    c.dataType = text(j, "dataType");
    if (c.id.empty() || c.name.empty() || c.dataType.empty())
        return std::nullopt;
    c.archived = j.contains("isArchived") && j["isArchived"].is_boolean() && j["isArchived"].get<bool>();
    if (j.contains("minValue") && j["minValue"].is_number())
        c.minValue = j["minValue"].get<double>();
    if (j.contains("maxValue") && j["maxValue"].is_number())
        c.maxValue = j["maxValue"].get<double>();
    if (j.contains("categories") && j["categories"].is_array())
        for (const Json &cat : j["categories"])
            if (cat.is_object() && cat.contains("value") && cat["value"].is_number() && !text(cat, "label").empty())
                c.categories.emplace_back(cat["value"].get<double>(), text(cat, "label"));
    return c;
}

std::optional<domain::Decision> readDecision(const QByteArray &body)
{
    const Json j = parse(body);
    if (!j.is_object())
        return std::nullopt;
    const auto action = domain::decisionActionFromString(text(j, "action"));
    if (!action)
        return std::nullopt;
    domain::Decision d;
    d.action = *action;
    d.leaseId = text(j, "lease_id");
    d.editedOutput = text(j, "edited_output");
    d.rejectReason = text(j, "reject_reason");
    d.comment = text(j, "comment");
    if (j.contains("escalation") && j["escalation"].is_object()) {
        d.escalationTier = text(j["escalation"], "tier");
        d.escalationReason = text(j["escalation"], "reason");
    }
    if (j.contains("labels") && j["labels"].is_array())
        for (const Json &l : j["labels"])
            if (l.is_string())
                d.labels.push_back(l.get<std::string>());
    if (j.contains("rubric") && j["rubric"].is_object())
        for (const auto &[k, v] : j["rubric"].items())
            if (v.is_number_integer())
                d.rubric[k] = v.get<int>();
    if (j.contains("time_spent_ms") && j["time_spent_ms"].is_number_integer())
        d.timeSpentMs = j["time_spent_ms"].get<std::int64_t>();
    return d;
}

std::string scoreId(const QByteArray &idempotencyKey, const std::string &role)
{
    return QUuid::createUuidV5(kScoreNamespace, idempotencyKey + '/' + QByteArray::fromStdString(role))
        .toString(QUuid::WithoutBraces)
        .toStdString();
}

ScorePlan planScores(const domain::Decision &d, const std::vector<ScoreConfig> &configs, const ScoreSubject &subject,
                     const std::string &queueId, bool serverHasCorrections, const QByteArray &key)
{
    using A = domain::DecisionAction;
    ScorePlan plan;
    const ScoreConfig *verdict = firstLive(configs, "CATEGORICAL");
    if (!verdict || verdict->categories.empty())
        verdict = firstLive(configs, "BOOLEAN");
    if (!verdict)
        verdict = firstLive(configs, "NUMERIC");
    if (!verdict) {
        plan.error = tr("the queue has no categorical, boolean or numeric score config to record the decision on. "
                        "Add one to the annotation queue in Langfuse.");
        return plan;
    }
    const bool editInComment = d.action == A::Edit && !serverHasCorrections;
    Json v = baseScore(key, "verdict", verdict->name, subject, queueId);
    v["configId"] = verdict->id;
    if (verdict->dataType == "CATEGORICAL") {
        v["value"] = categoryFor(*verdict, d.action)->second; // the label; the server stores its value
    } else if (verdict->dataType == "BOOLEAN") {
        v["value"] = d.action == A::Approve ? 1 : 0;
    } else {
        v["value"] = d.action == A::Approve ? verdict->maxValue.value_or(1) : verdict->minValue.value_or(0);
    }
    const std::string comment = verdictComment(d, editInComment);
    if (!comment.empty())
        v["comment"] = comment;
    v["metadata"] = Json{{"keelAction", std::string(domain::toString(d.action))}};
    plan.scores.push_back(v);

    if (d.action == A::Edit && serverHasCorrections) {
        Json c = baseScore(key, "correction", "correction", subject, queueId);
        c["dataType"] = "CORRECTION"; // needs no configId, even with source ANNOTATION
        c["value"] = d.editedOutput;
        plan.scores.push_back(c);
    }
    for (const auto &[criterion, value] : d.rubric) {
        const auto it = std::find_if(configs.begin(), configs.end(), [&](const ScoreConfig &c) {
            return !c.archived && c.dataType == "NUMERIC" && c.name == criterion && &c != verdict;
        });
        if (it == configs.end())
            continue;
        double x = value;
        if (it->minValue)
            x = std::max(x, *it->minValue);
        if (it->maxValue)
            x = std::min(x, *it->maxValue);
        Json r = baseScore(key, "rubric:" + criterion, it->name, subject, queueId);
        r["configId"] = it->id;
        r["value"] = x;
        plan.scores.push_back(r);
    }
    if (const ScoreConfig *note = firstLive(configs, "TEXT"); note && !d.comment.empty()) {
        Json n = baseScore(key, "note", note->name, subject, queueId);
        n["configId"] = note->id;
        n["value"] = clipText(d.comment, kTextMax);
        plan.scores.push_back(n);
    }
    return plan;
}

} // namespace keel::sources::langfuse
