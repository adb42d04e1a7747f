#include "viewfactory.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace keel::app {

QList<ViewSpec> createViews(const SessionContext &session, QWidget *parent)
{
    QList<ViewSpec> views;
    Q_UNUSED(session);
    Q_UNUSED(parent);
    return views;
}

} // namespace keel::app
