#pragma once
// Follow one request end to end: enter a correlation id (or arrive from anywhere in Keel via
// showCorrelationId) → its spans as a waterfall, edge to response, and its lineage: prompt
// template version, retrieved chunks, source documents, model, cost, safety flags and any
// review decision. Unknown ids and network failures say so and what to try.
// The trace comes from SessionContext::traceSource (a Langfuse project: a trace id, its
// observations as spans, its input and output), else from the platform through the client;
// the texts name a source that is not the platform, and parts a source never records are left
// out. All source text (snippets, titles, attributes, model input and output) is plain text.
#include <session.h>

#include <domain/telemetry.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace keel::slo { class TraceSpanModel; }
namespace keel::sources { class TraceSource; }

namespace keel::trace {

class TraceExplorer : public QWidget {
    Q_OBJECT
public:
    enum class State { Empty, Loading, Found, NotFound, Failed, Offline };
    Q_ENUM(State)

    explicit TraceExplorer(const keel::SessionContext &context, QWidget *parent = nullptr);

    State state() const { return m_state; }
    QString statusText() const;
    QString lineageText() const;
    slo::TraceSpanModel *spanModel() const { return m_spans; }
    QTreeView *spanView() const { return m_tree; }

public Q_SLOTS:
    void showCorrelationId(const QString &correlationId);

Q_SIGNALS:
    void ready(); // once, after the first lookup finished (or at once when nothing was asked)
    void lookupFinished(keel::trace::TraceExplorer::State state);

private:
    void lookUp();
    void onFound(const keel::domain::Trace &trace);
    void onNotFound(const QString &id);
    void onFailed(const QString &id, const QString &message, bool offline);
    void setState(State state, const QString &text);
    QString lineageFor(const keel::domain::Trace &trace) const;
    QString requestLines(const keel::domain::Trace &trace) const;
    bool fromPlatform() const;
    QString emptyText() const;

    keel::SessionContext m_context;
    sources::TraceSource *m_source = nullptr; // the context's, or a PlatformTraceSource of ours
    slo::TraceSpanModel *m_spans = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QPushButton *m_lookUp = nullptr;
    QLabel *m_status = nullptr;
    QTreeView *m_tree = nullptr;
    QPlainTextEdit *m_lineage = nullptr;
    State m_state = State::Empty;
    bool m_readyEmitted = false;
};

} // namespace keel::trace
