// The Langfuse test double's seed: three annotation queues with a few hundred items over traces of
// nested observations (root span, retriever, generation, tool with a nested repair generation,
// guardrail), score configs of every config type (one archived), the scores reviewers already
// gave, and API scores. Deterministic in (seed, anchor); everything lies before the anchor.
#include "langfusestore.h"
#include "seedrng.h"
#include "seedtext.h"

#include <algorithm>

namespace keel::doubles {

const LfTrace *LangfuseStore::trace(const std::string &id) const
{
    const auto it = traceIndex.find(id);
    return it == traceIndex.end() ? nullptr : &traces[it->second];
}

const LfObservation *LangfuseStore::observation(const std::string &id) const
{
    const auto it = observationIndex.find(id);
    return it == observationIndex.end() ? nullptr : &observations[it->second];
}

const LfScoreConfig *LangfuseStore::config(const std::string &id) const
{
    for (const LfScoreConfig &c : configs)
        if (c.id == id)
            return &c;
    return nullptr;
}

const LfQueue *LangfuseStore::queue(const std::string &id) const
{
    for (const LfQueue &q : queues)
        if (q.id == id)
            return &q;
    return nullptr;
}

LfQueueItem *LangfuseStore::item(const std::string &queueId, const std::string &itemId)
{
    for (LfQueueItem &i : items)
        if (i.id == itemId && i.queueId == queueId)
            return &i;
    return nullptr;
}

bool LangfuseStore::hasSession(const std::string &id) const
{
    for (const LfTrace &t : traces)
        if (t.sessionId == id)
            return true;
    return false;
}

void LangfuseStore::reindex()
{
    traceIndex.clear();
    observationIndex.clear();
    scoreIndex.clear();
    for (std::size_t i = 0; i < traces.size(); ++i)
        traceIndex[traces[i].id] = i;
    for (std::size_t i = 0; i < observations.size(); ++i)
        observationIndex[observations[i].id] = i;
    for (std::size_t i = 0; i < scores.size(); ++i)
        scoreIndex[scores[i].id] = i;
}

namespace {

struct SeedModel {
    std::string name, id;
    double inPrice, outPrice;
};

const std::vector<SeedModel> kModels = {
    {"gpt-4o", "clx-model-gpt-4o", 2.5e-6, 10e-6},
    {"gpt-4o-mini", "clx-model-gpt-4o-mini", 0.15e-6, 0.6e-6},
    {"claude-sonnet-4-20250514", "clx-model-claude-sonnet-4", 3e-6, 15e-6},
    {"llama-3.1-70b-instruct", "clx-model-llama-3-1-70b", 0.72e-6, 0.72e-6},
};

class Builder {
public:
    Builder(LangfuseStore &store, const LangfuseSeedOptions &o)
        : m_store(store)
        , m_rng(o.seed)
        , m_anchor(o.anchorMs)
    {
    }

    void configs()
    {
        const std::int64_t created = m_anchor - 120 * kDay;
        auto add = [&](const char *name, const char *type, const char *description) -> LfScoreConfig & {
            LfScoreConfig c;
            c.id = m_rng.cuid();
            c.name = name;
            c.dataType = type;
            c.description = description;
            c.createdMs = c.updatedMs = created;
            m_store.configs.push_back(c);
            return m_store.configs.back();
        };
        add("correctness", "BOOLEAN", "Is the answer factually correct for this customer?");
        add("verdict", "CATEGORICAL", "Ship, edit or reject the answer.").categories
            = {{0, "reject"}, {1, "needs-edit"}, {2, "accept"}};
        LfScoreConfig &quality = add("quality", "NUMERIC", "Overall quality, 1 (unusable) to 5 (exemplary).");
        quality.minValue = 1;
        quality.maxValue = 5;
        add("reviewer-note", "TEXT", "Free-text note for the prompt owners (max 500 characters).");
        LfScoreConfig &old = add("helpfulness-legacy", "NUMERIC", "Replaced by quality in 2025.");
        old.archived = true;
        old.minValue = 0;
        old.maxValue = 10;
    }

    void queues()
    {
        const auto &c = m_store.configs;
        auto add = [&](const char *name, const char *description, std::vector<std::string> configIds) {
            LfQueue q;
            q.id = m_rng.cuid();
            q.name = name;
            q.description = description;
            q.scoreConfigIds = std::move(configIds);
            q.createdMs = q.updatedMs = m_anchor - 90 * kDay + static_cast<std::int64_t>(m_store.queues.size()) * kDay;
            m_store.queues.push_back(q);
        };
        add("Support answers — weekly sample", "Random 5% of support answers. **Check links** and tone.",
            {c[0].id, c[1].id});
        add("SQL generation audit", "Queries that touched the finance schema.", {c[2].id, c[0].id});
        add("Safety escalations", "", {c[1].id, c[3].id}); // "" = description null
    }

    void traces(int count)
    {
        const int sessions = std::max(1, count / 3);
        for (int i = 0; i < count; ++i) {
            const double r = m_rng.unit();
            const int feature = r < 0.5 ? 0 : (r < 0.8 ? 1 : 2);
            trace(feature, "sess-" + std::to_string(1000 + m_rng.range(0, sessions - 1)));
        }
    }

    void items()
    {
        for (const LfTrace &t : m_store.traces) {
            const int q = t.tags[0] == "support-answers" ? 0 : (t.tags[0] == "sql-generation" ? 1 : 2);
            const double rate[] = {0.85, 0.85, 0.95};
            if (!m_rng.chance(rate[q]))
                continue;
            LfQueueItem item;
            item.id = m_rng.cuid();
            item.queueId = m_store.queues[static_cast<std::size_t>(q)].id;
            item.objectType = "TRACE";
            item.objectId = t.id;
            if (q == 1 && m_rng.chance(0.3)) {
                item.objectType = "OBSERVATION";
                item.objectId = generationOf(t);
            } else if (q == 2 && m_rng.chance(0.15)) {
                item.objectType = "SESSION";
                item.objectId = t.sessionId;
            }
            item.createdMs = std::min(m_anchor - 60'000, t.timestampMs + m_rng.range(3'600'000, 2 * kDay));
            item.updatedMs = item.createdMs;
            if (item.createdMs < m_anchor - 3 * kDay && m_rng.chance(0.3)) {
                item.status = "COMPLETED";
                item.completedMs = std::min(m_anchor - 1000, item.createdMs + m_rng.range(600'000, kDay));
                item.updatedMs = *item.completedMs;
                annotate(item, t, static_cast<std::size_t>(q));
            }
            m_store.items.push_back(item);
        }
    }

    void apiScores()
    {
        for (const LfTrace &t : m_store.traces) {
            if (!m_rng.chance(0.12))
                continue;
            LfScore s;
            s.id = m_rng.uuid();
            s.name = "user-feedback";
            s.dataType = "NUMERIC";
            s.source = "API";
            s.traceId = t.id;
            s.value = m_rng.chance(0.7) ? 1 : -1;
            s.comment = s.value > 0 ? std::optional<std::string>() : std::optional<std::string>("Answer didn't help");
            s.environment = t.environment;
            s.timestampMs = s.createdMs = s.updatedMs = std::min(m_anchor - 1000, t.timestampMs + 90'000);
            m_store.scores.push_back(s);
        }
    }

private:
    static constexpr std::int64_t kDay = 86'400'000;

    LfObservation &observe(LfTrace &t, const std::string &parent, const char *type, const std::string &name,
                           std::int64_t start, std::int64_t duration)
    {
        LfObservation o;
        o.id = m_rng.hex(16);
        o.traceId = t.id;
        o.parentId = parent;
        o.type = type;
        o.name = name;
        o.environment = t.environment;
        o.version = t.version;
        o.startMs = start;
        o.endMs = start + duration;
        t.observations.push_back(m_store.observations.size());
        m_store.observations.push_back(o);
        return m_store.observations.back();
    }

    LfObservation &generation(LfTrace &t, const std::string &parent, const std::string &name, std::int64_t start,
                              const SeedExchange &e, const SeedModel &model)
    {
        const std::int64_t duration = m_rng.range(600, 9000);
        LfObservation &g = observe(t, parent, "GENERATION", name, start, duration);
        g.completionStartMs = start + std::min(duration - 50, m_rng.range(180, 1500));
        g.model = model.name;
        g.modelId = model.id;
        g.inputPrice = model.inPrice;
        g.outputPrice = model.outPrice;
        g.inputTokens = m_rng.range(300, 4000);
        g.outputTokens = std::max<std::int64_t>(20, static_cast<std::int64_t>(e.answer.size() / 4));
        g.modelParameters = Json{{"temperature", 0.2}, {"max_tokens", 1024}};
        g.input = Json::array({Json{{"role", "system"}, {"content", e.system}}, Json{{"role", "user"}, {"content", e.user}}});
        g.output = Json{{"role", "assistant"}, {"content", e.answer}};
        g.promptId = "prompt-" + e.feature;
        g.promptName = e.feature;
        g.promptVersion = static_cast<int>(m_rng.range(3, 9));
        return g;
    }

    void trace(int feature, const std::string &session)
    {
        const SeedExchange e = seedExchange(m_rng, feature);
        LfTrace t;
        t.id = m_rng.hex(32);
        t.name = e.feature;
        t.userId = "user-" + std::to_string(m_rng.range(1001, 1040));
        t.sessionId = session;
        t.release = "2026.03." + std::to_string(m_rng.range(1, 4));
        t.version = "v" + std::to_string(m_rng.range(38, 42));
        t.environment = m_rng.chance(0.9) ? "production" : "staging";
        t.timestampMs = m_anchor - m_rng.range(5 * 60'000, 30 * kDay - 60'000);
        t.input = e.user;
        t.output = e.answer;
        t.tags = {e.feature, t.environment == "production" ? "tier:gold" : "tier:internal"};
        t.metadata = Json{{"tenant", m_rng.chance(0.5) ? "acme-eu" : "globex-us"}, {"feature", e.feature}};
        const SeedModel &model = feature == 1 ? kModels[m_rng.chance(0.5) ? 0 : 3] : kModels[m_rng.range(0, 2)];
        const std::int64_t t0 = t.timestampMs;
        LfObservation &rootRef = observe(t, "", "SPAN", e.feature + "-pipeline", t0, 0);
        const std::size_t root = t.observations.back();
        const std::string rootId = rootRef.id;
        std::int64_t at = t0 + m_rng.range(2, 15);
        if (feature != 1) {
            LfObservation &ret = observe(t, rootId, "RETRIEVER", "vector-search", at, m_rng.range(40, 320));
            ret.input = Json{{"query", e.user}, {"top_k", 8}};
            ret.output = Json::array({Json{{"id", "kb-4.2"}, {"score", 0.83}, {"snippet", "<h3>Account recovery</h3><p>Owners verify "
                                                                                        "identity with two factors&hellip;</p>"}},
                                      Json{{"id", "kb-7.1"}, {"score", 0.61}, {"snippet", "Refunds &amp; duplicate charges"}}});
            ret.metadata = Json{{"index", "kb-" + e.feature}, {"top_k", "8"},
                                {"retrieved_context", std::string(420, 'x').replace(0, 60, "Policy 4.2 (account recovery): "
                                                                                          "owners verify identity with ")}};
            at = ret.endMs + 3;
        }
        if (feature == 2) {
            LfObservation &guard = observe(t, rootId, "GUARDRAIL", "moderation", at, m_rng.range(20, 90));
            guard.input = e.user;
            guard.output = Json{{"flagged", e.user.find("password") != std::string::npos}, {"categories", Json::array()}};
            if (e.answer.find("<script>") != std::string::npos) {
                guard.level = "ERROR";
                guard.statusMessage = "moderation flagged output: script tag in answer";
            } else if (m_rng.chance(0.3)) {
                guard.level = "WARNING";
                guard.statusMessage = "borderline request";
            }
            at = guard.endMs + 2;
        }
        LfObservation &gen = generation(t, rootId, "chat-completion", at, e, model);
        std::int64_t end = gen.endMs;
        if (feature == 1) {
            LfObservation &tool = observe(t, rootId, "TOOL", "run-sql", end + 5, m_rng.range(80, 2400));
            tool.input = Json{{"sql", e.answer}};
            tool.output = Json{{"columns", Json::array({"region", "revenue"})},
                               {"rows", Json::array({Json::array({"EMEA", 1284331.5}), Json::array({"AMER", 990210.25})})},
                               {"rowCount", 2}};
            const std::string toolId = tool.id;
            end = tool.endMs;
            if (m_rng.chance(0.25)) {
                const std::int64_t repairAt = tool.startMs + 30;
                LfObservation &repair = generation(t, toolId, "sql-repair", repairAt, e, kModels[1]);
                repair.level = "WARNING";
                repair.statusMessage = "first query failed: column \"amount\" is ambiguous";
                auto &toolAgain = m_store.observations[t.observations[t.observations.size() - 2]];
                toolAgain.endMs = std::max(toolAgain.endMs, repair.endMs + 10);
                end = toolAgain.endMs;
            }
        }
        m_store.observations[root].endMs = end + m_rng.range(3, 40);
        m_store.observations[root].input = e.user;
        m_store.observations[root].output = e.answer;
        m_store.traces.push_back(t);
    }

    std::string generationOf(const LfTrace &t) const
    {
        for (std::size_t i : t.observations)
            if (m_store.observations[i].type == "GENERATION")
                return m_store.observations[i].id;
        return m_store.observations[t.observations.front()].id;
    }

    void annotate(const LfQueueItem &item, const LfTrace &t, std::size_t q)
    {
        const std::string author = m_store.orgMembers[static_cast<std::size_t>(m_rng.range(0, 2))];
        for (const std::string &configId : m_store.queues[q].scoreConfigIds) {
            const LfScoreConfig *c = m_store.config(configId);
            LfScore s;
            s.id = m_rng.uuid();
            s.name = c->name;
            s.dataType = c->dataType;
            s.source = "ANNOTATION";
            s.configId = c->id;
            s.queueId = item.queueId;
            s.authorUserId = author;
            s.environment = t.environment;
            if (item.objectType == "SESSION") {
                s.sessionId = item.objectId;
            } else {
                s.traceId = t.id;
                if (item.objectType == "OBSERVATION")
                    s.observationId = item.objectId;
            }
            if (c->dataType == "BOOLEAN") {
                s.value = m_rng.chance(0.75) ? 1 : 0;
                s.stringValue = s.value > 0 ? "True" : "False";
            } else if (c->dataType == "CATEGORICAL") {
                const auto &cat = c->categories[static_cast<std::size_t>(m_rng.range(0, 2))];
                s.value = cat.first;
                s.stringValue = cat.second;
            } else if (c->dataType == "NUMERIC") {
                s.value = static_cast<double>(m_rng.range(1, 5));
            } else {
                s.stringValue = m_rng.chance(0.5) ? "Tone is fine; the link in step 1 is outdated."
                                                  : "Refusal is correct but too curt — add the trust@ contact.";
            }
            if (m_rng.chance(0.2))
                s.comment = "Checked against the runbook <v3>.";
            s.timestampMs = s.createdMs = s.updatedMs = *item.completedMs - 1000;
            m_store.scores.push_back(s);
        }
    }

    LangfuseStore &m_store;
    SeedRng m_rng;
    std::int64_t m_anchor;
};

} // namespace

void seedLangfuse(LangfuseStore &store, const LangfuseSeedOptions &options)
{
    store.orgMembers = {"user-reviewer-ana", "user-reviewer-bo", "user-lead-chen"};
    Builder b(store, options);
    b.configs();
    b.queues();
    b.traces(options.traces);
    b.items();
    b.apiScores();
    store.reindex();
}

} // namespace keel::doubles
