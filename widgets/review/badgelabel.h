#pragma once
// A small coloured badge that always carries its meaning in words too ("Risk 87% high"), so it
// reads the same for colour-blind reviewers and in a grey-scale screenshot.
#include <review/reviewformat.h>

#include <QLabel>

namespace keel::review {

class BadgeLabel : public QLabel {
    Q_OBJECT
public:
    enum class Tone { Neutral, Good, Warning, Bad };
    explicit BadgeLabel(QWidget *parent = nullptr);
    void setBadge(const QString &text, Tone tone);
    Tone tone() const { return m_tone; }

    static Tone toneForRisk(Band band);
    static Tone toneForConfidence(Band band);
    static Tone toneForSla(SlaState state);

private:
    Tone m_tone = Tone::Neutral;
};

} // namespace keel::review
