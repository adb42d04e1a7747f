#pragma once
// Follow one request end to end: enter a correlation id (or arrive from anywhere in Keel via
// showCorrelationId) → its spans as a waterfall, edge to response, and its lineage: prompt
// template version, retrieved chunks, source documents, model, cost, safety flags and any
// review decision. Unknown ids and network failures say so and what to try.
// All platform text (snippets, titles, attributes) is shown as plain text.
#include <session.h>

#include <domain/telemetry.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace keel::slo {
class TraceLoader;
class TraceSpanModel;
}

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
    static QString lineageFor(const keel::domain::Trace &trace);

    keel::SessionContext m_context;
    slo::TraceLoader *m_loader = nullptr;
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
