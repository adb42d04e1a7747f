#pragma once
// Which views an identity gets, built from the session. The one place that knows every view.
#include <session.h>

#include <QList>
#include <QString>

class QWidget;
class QObject;

namespace keel::app {

struct ViewSpec {
    QString id;      // "review", "spend", "slo", "trace"
    QString title;
    QString toolTip;
    QWidget *widget = nullptr;   // emits ready() once its first load is done (data, empty or error)
};

QList<ViewSpec> createViews(const SessionContext &session, QWidget *parent);

} // namespace keel::app
