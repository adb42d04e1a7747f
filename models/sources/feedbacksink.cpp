#include "feedbacksink.h"

namespace keel::sources {

void DeliveryReply::cancel()
{
    if (m_finished)
        return;
    m_finished = true;
    if (auto canceller = std::exchange(m_canceller, {}))
        canceller();
    deleteLater();
}

void DeliveryReply::finish(const DeliveryOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_canceller = {};
    Q_EMIT finished(outcome);
    deleteLater();
}

} // namespace keel::sources
