#include "decisionqueue.h"

namespace keel::review {

void DecisionQueue::setOffline(bool offline, const QString &reason)
{
    m_offlineReason = reason;
    if (m_offline == offline)
        return;
    m_offline = offline;
    Q_EMIT offlineChanged(offline);
}

} // namespace keel::review
