#include "traceexplorer.h"

#include "waterfalldelegate.h"

#include <common/numberformat.h>
#include <slo/tracespanmodel.h>
#include <sources/platform/platformtracesource.h>
#include <sources/tracesource.h>

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keel::trace {

namespace {
QString q(const std::string &s) { return QString::fromStdString(s); }
} // namespace

TraceExplorer::TraceExplorer(const keel::SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_source = m_context.traceSource;
    if (!m_source)
        m_source = new sources::PlatformTraceSource(m_context.client, this);
    m_spans = new slo::TraceSpanModel(this);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_idEdit = new QLineEdit(this);
    m_idEdit->setPlaceholderText(fromPlatform() ? tr("Correlation id, e.g. from a review item or a request row")
                                                : tr("Trace id in %1, e.g. from a review item").arg(m_source->describe()));
    m_idEdit->setClearButtonEnabled(true);
    m_idEdit->setMaxLength(256);
    m_lookUp = new QPushButton(tr("Look up"), this);
    bar->addWidget(new QLabel(fromPlatform() ? tr("Correlation id:") : tr("Trace id:"), this));
    bar->addWidget(m_idEdit, 1);
    bar->addWidget(m_lookUp);
    layout->addLayout(bar);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeView(split);
    m_tree->setModel(m_spans);
    m_tree->setItemDelegateForColumn(slo::TraceSpanModel::Timeline, new WaterfallDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAlternatingRowColors(true);
    m_lineage = new QPlainTextEdit(split);
    m_lineage->setReadOnly(true); // source text is data, never markup
    m_lineage->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    split->addWidget(m_tree);
    split->addWidget(m_lineage);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_lookUp, &QPushButton::clicked, this, &TraceExplorer::lookUp);
    connect(m_idEdit, &QLineEdit::returnPressed, this, &TraceExplorer::lookUp);
    connect(m_source, &sources::TraceSource::found, this, &TraceExplorer::onFound);
    connect(m_source, &sources::TraceSource::notFound, this, &TraceExplorer::onNotFound);
    connect(m_source, &sources::TraceSource::failed, this, &TraceExplorer::onFailed);
    connect(m_spans, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    m_status->setText(emptyText());

    // With nothing to look up the view is ready as soon as it is shown.
    QTimer::singleShot(0, this, [this] {
        if (m_state == State::Empty && !m_readyEmitted) {
            m_readyEmitted = true;
            Q_EMIT ready();
        }
    });
}

bool TraceExplorer::fromPlatform() const
{
    return m_source->coverage().correlationIds;
}

QString TraceExplorer::emptyText() const
{
    return fromPlatform() ? tr("Enter a correlation id to follow one request from the edge to the response.")
                          : tr("Enter a trace id to follow one trace from %1 through its observations.")
                                .arg(m_source->describe());
}

QString TraceExplorer::statusText() const { return m_status->text(); }
QString TraceExplorer::lineageText() const { return m_lineage->toPlainText(); }

void TraceExplorer::showCorrelationId(const QString &correlationId)
{
    m_idEdit->setText(correlationId.trimmed());
    lookUp();
}

void TraceExplorer::lookUp()
{
    const QString id = m_idEdit->text().trimmed();
    if (id.isEmpty()) {
        setState(State::Empty, emptyText());
        return;
    }
    if (!sources::TraceSource::looksLikeCorrelationId(id)) {
        m_spans->clear();
        m_lineage->clear();
        if (fromPlatform())
            setState(State::NotFound, tr("\"%1\" is not a correlation id: ids are letters, digits and - _ . : only, "
                                         "up to 128 characters. Copy it from a review item or a request row.")
                                          .arg(id.left(64)));
        else
            setState(State::NotFound, tr("\"%1\" is not a trace id: ids are letters, digits and - _ . : only, up to "
                                         "128 characters. Copy it from a review item or from %2.")
                                          .arg(id.left(64), m_source->describe()));
        return;
    }
    setState(State::Loading, fromPlatform() ? tr("Looking up %1…").arg(id)
                                            : tr("Looking up %1 in %2…").arg(id, m_source->describe()));
    m_source->lookup(id);
}

void TraceExplorer::onFound(const domain::Trace &trace)
{
    m_spans->setSpans(trace.spans);
    m_lineage->setPlainText(lineageFor(trace));
    m_tree->expandAll();
    for (int c = 0; c < slo::TraceSpanModel::Timeline; ++c)
        m_tree->resizeColumnToContents(c);
    const int spans = int(trace.spans.size());
    if (fromPlatform()) {
        setState(State::Found, tr("Request %1: %n span(s), %2 ms end to end, status %3.", nullptr, spans)
                                   .arg(q(trace.correlationId))
                                   .arg(m_spans->traceDurationMs())
                                   .arg(q(trace.request.status)));
        return;
    }
    QString text = tr("Trace %1 from %2: %n span(s), %3 ms end to end, status %4.", nullptr, spans)
                       .arg(q(trace.correlationId), m_source->describe())
                       .arg(m_spans->traceDurationMs())
                       .arg(q(trace.request.status));
    if (trace.spansCut)
        text += u' ' + tr("The trace has more observations than Keel fetches: these are its newest ones and its roots.");
    setState(State::Found, text);
}

void TraceExplorer::onNotFound(const QString &id)
{
    m_spans->clear();
    m_lineage->clear();
    if (fromPlatform()) {
        setState(State::NotFound, tr("No request with correlation id %1. Check the id for typos or copy it again from "
                                     "the review item or request row; very old requests may have passed the "
                                     "platform's retention.")
                                      .arg(id));
        return;
    }
    QString text = tr("No trace with id %1 in %2.").arg(id, m_source->describe());
    if (const QString scope = m_source->searchScope(); !scope.isEmpty())
        text += u' ' + tr("%1; an older trace is not found.").arg(scope);
    text += u' ' + tr("Check the id for typos or copy it again; a trace of another project is not visible with "
                      "these keys.");
    setState(State::NotFound, text);
}

void TraceExplorer::onFailed(const QString &id, const QString &message, bool offline)
{
    if (offline && fromPlatform())
        setState(State::Offline, tr("Cannot reach the platform to look up %1: %2. Check the connection, then press "
                                    "Look up again.")
                                     .arg(id, message));
    else if (offline)
        setState(State::Offline, tr("Cannot reach %1 to look up %2: %3. Check the connection, then press Look up "
                                    "again.")
                                     .arg(m_source->describe(), id, message));
    else
        setState(State::Failed, tr("The lookup of %1 failed: %2. Press Look up to try again.").arg(id, message));
}

void TraceExplorer::setState(State state, const QString &text)
{
    m_state = state;
    m_status->setText(text);
    m_lookUp->setEnabled(state != State::Loading);
    if (state == State::Loading)
        return;
    Q_EMIT lookupFinished(state);
    if (!m_readyEmitted) {
        m_readyEmitted = true;
        Q_EMIT ready();
    }
}

// The request part: everything for the platform; for another source only what it recorded,
// so that a Langfuse trace shows no route, team, risk score or zero cost it never had.
QString TraceExplorer::requestLines(const domain::Trace &trace) const
{
    const auto &r = trace.request;
    const sources::TraceSource::Coverage has = m_source->coverage();
    const QString time = QDateTime::fromMSecsSinceEpoch(r.ts, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    QStringList out;
    if (fromPlatform())
        out << tr("REQUEST") << tr("  correlation id: %1").arg(q(trace.correlationId));
    else
        out << tr("TRACE") << tr("  trace id: %1").arg(q(trace.correlationId)) << tr("  from: %1").arg(m_source->describe());
    out << tr("  time: %1 UTC").arg(time);
    if (has.routing)
        out << tr("  route: %1   use case: %2   team: %3").arg(q(r.route), q(r.useCase), q(r.team));
    else if (!r.useCase.empty())
        out << tr("  name: %1").arg(q(r.useCase));
    if (has.routing)
        out << tr("  model: %1 (%2)").arg(q(r.model), q(r.provider));
    else if (!r.model.empty())
        out << tr("  model: %1").arg(q(r.model));
    out << tr("  status: %1%2").arg(q(r.status), r.errorCode.empty() ? QString() : u" ("_s + q(r.errorCode) + u')');
    if (fromPlatform())
        out << tr("  latency: %1 ms, first token after %2 ms").arg(r.latencyMs).arg(r.ttftMs);
    else if (r.ttftMs > 0)
        out << tr("  duration: %1 ms, first token after %2 ms").arg(r.latencyMs).arg(r.ttftMs);
    else
        out << tr("  duration: %1 ms").arg(r.latencyMs);
    if (fromPlatform() || r.cachedTokens)
        out << tr("  tokens: %1 in (%2 cached), %3 out").arg(r.inputTokens).arg(r.cachedTokens).arg(r.outputTokens);
    else if (r.inputTokens || r.outputTokens)
        out << tr("  tokens: %1 in, %2 out").arg(r.inputTokens).arg(r.outputTokens);
    if (fromPlatform() || r.costMicros > 0)
        out << tr("  cost: %1%2").arg(common::formatMoney(r.costMicros, QLocale(), 6),
                                      r.cacheHit ? tr(" (response cache hit)") : QString());
    if (has.safety) {
        QStringList flags;
        for (const auto &f : r.safetyFlags)
            flags << q(f);
        out << tr("  safety flags: %1").arg(flags.isEmpty() ? tr("none") : flags.join(u", "_s))
            << tr("  confidence: %1   risk score: %2").arg(r.confidence, 0, 'f', 2).arg(r.riskScore, 0, 'f', 2);
    }
    return out.join(u'\n');
}

QString TraceExplorer::lineageFor(const domain::Trace &trace) const
{
    const sources::TraceSource::Coverage has = m_source->coverage();
    const QString promptTemplate = q(trace.promptTemplate.empty() ? trace.request.promptTemplate : trace.promptTemplate);
    QStringList out{requestLines(trace), QString()};
    if (has.lineage || !trace.chunks.empty() || !trace.documents.empty()) {
        out << tr("LINEAGE") << tr("  prompt template: %1").arg(promptTemplate);
        out << tr("  retrieved chunks (%1):").arg(trace.chunks.size());
        for (const auto &c : trace.chunks)
            out << tr("    %1 from %2, score %3").arg(q(c.chunkId), q(c.documentId)).arg(c.score, 0, 'f', 3)
                << u"      “"_s + q(c.snippet) + u"”"_s;
        out << tr("  source documents (%1):").arg(trace.documents.size());
        for (const auto &d : trace.documents)
            out << tr("    %1 — %2 (version %3)").arg(q(d.documentId), q(d.title), q(d.version)) << u"      "_s + q(d.uri);
        out << QString();
    } else if (!promptTemplate.isEmpty()) {
        out << tr("PROMPT") << tr("  prompt template: %1").arg(promptTemplate) << QString();
    }
    // Model input and output, verbatim: QPlainTextEdit never reads markup.
    if (!trace.input.empty())
        out << tr("INPUT") << q(trace.input) << QString();
    if (!trace.output.empty())
        out << tr("OUTPUT") << q(trace.output) << QString();
    if (has.review) {
        out << tr("REVIEW");
        if (trace.reviewItemId)
            out << tr("  review item: %1").arg(q(*trace.reviewItemId))
                << tr("  decision: %1").arg(trace.reviewAction ? q(*trace.reviewAction) : tr("not decided yet"));
        else
            out << tr("  not sent to human review");
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(u'\n');
}

} // namespace keel::trace
