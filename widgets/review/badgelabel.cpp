#include "badgelabel.h"

using namespace Qt::StringLiterals;

namespace keel::review {

BadgeLabel::BadgeLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setBadge({}, Tone::Neutral);
}

void BadgeLabel::setBadge(const QString &text, Tone tone)
{
    m_tone = tone;
    setText(text);
    setVisible(!text.isEmpty());
    QString colours;
    switch (tone) {
    case Tone::Neutral: colours = u"background:#e8eaed;color:#202124;border:1px solid #c6c9ce;"_s; break;
    case Tone::Good: colours = u"background:#dff3e3;color:#1e5e2f;border:1px solid #9fd3ab;"_s; break;
    case Tone::Warning: colours = u"background:#fff1cc;color:#6b4700;border:1px solid #e8c770;"_s; break;
    case Tone::Bad: colours = u"background:#fde2e1;color:#8a1c1c;border:1px solid #f0a8a4;"_s; break;
    }
    setStyleSheet(u"QLabel{"_s + colours + u"border-radius:4px;padding:2px 8px;font-weight:600;}"_s);
}

BadgeLabel::Tone BadgeLabel::toneForRisk(Band band)
{
    switch (band) {
    case Band::High: return Tone::Bad;
    case Band::Medium: return Tone::Warning;
    case Band::Low: return Tone::Good;
    }
    return Tone::Neutral;
}

BadgeLabel::Tone BadgeLabel::toneForConfidence(Band band)
{
    switch (band) {
    case Band::Low: return Tone::Bad;
    case Band::Medium: return Tone::Warning;
    case Band::High: return Tone::Good;
    }
    return Tone::Neutral;
}

BadgeLabel::Tone BadgeLabel::toneForSla(SlaState state)
{
    switch (state) {
    case SlaState::Overdue: return Tone::Bad;
    case SlaState::DueSoon: return Tone::Warning;
    case SlaState::OnTrack: return Tone::Good;
    }
    return Tone::Neutral;
}

} // namespace keel::review
