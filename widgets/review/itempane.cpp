#include "itempane.h"

#include "badgelabel.h"

#include <review/reviewformat.h>

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <clock.h>

using namespace Qt::StringLiterals;

namespace keel::review {

namespace {
QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setObjectName(objectName);
    return label;
}

QPlainTextEdit *textView(QWidget *parent, const QString &objectName)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setObjectName(objectName);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return view;
}

QWidget *titled(const QString &title, QWidget *content)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    auto *heading = new QLabel(title, box);
    heading->setTextFormat(Qt::PlainText);
    heading->setStyleSheet(u"font-weight:600;color:#5f6368;"_s);
    layout->addWidget(heading);
    layout->addWidget(content, 1);
    return box;
}

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// "model · route … · template … · use case", leaving out what the source did not say (a
// Langfuse trace has no route or prompt template; "template " with nothing after it reads as a bug).
QString metaLine(const domain::ReviewItem &item)
{
    QStringList parts;
    if (!item.model.empty())
        parts.append(fromStd(item.model));
    if (!item.route.empty())
        parts.append(ItemPane::tr("route %1").arg(fromStd(item.route)));
    if (!item.promptTemplate.empty())
        parts.append(ItemPane::tr("template %1").arg(fromStd(item.promptTemplate)));
    if (!item.useCase.empty())
        parts.append(fromStd(item.useCase));
    return parts.join(u" · "_s);
}
} // namespace

ItemPane::ItemPane(QWidget *parent)
    : QWidget(parent)
    , m_nowMs(keel::clock::nowMs())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *header = new QHBoxLayout;
    m_title = plainLabel(this, u"itemTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setWordWrap(false);
    header->addWidget(m_title, 1);
    m_risk = new BadgeLabel(this);
    m_risk->setObjectName(u"riskBadge"_s);
    m_confidence = new BadgeLabel(this);
    m_confidence->setObjectName(u"confidenceBadge"_s);
    m_sla = new BadgeLabel(this);
    m_sla->setObjectName(u"slaBadge"_s);
    header->addWidget(m_risk);
    header->addWidget(m_confidence);
    header->addWidget(m_sla);
    layout->addLayout(header);

    auto *facts = new QFormLayout;
    facts->setContentsMargins(0, 0, 0, 0);
    facts->setHorizontalSpacing(12);
    facts->setVerticalSpacing(3);
    m_meta = plainLabel(this, u"itemMeta"_s);
    m_flags = plainLabel(this, u"policyFlags"_s);
    m_reason = plainLabel(this, u"reasonEscalated"_s);
    auto *corrRow = new QHBoxLayout;
    m_correlation = new QLineEdit(this);
    m_correlation->setReadOnly(true);
    m_correlation->setObjectName(u"correlationId"_s);
    m_copy = new QToolButton(this);
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the correlation id to trace this request"));
    connect(m_copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_correlation->text());
    });
    corrRow->addWidget(m_correlation, 1);
    corrRow->addWidget(m_copy);
    facts->addRow(tr("Model"), m_meta);
    facts->addRow(tr("Policy flags"), m_flags);
    facts->addRow(tr("Why escalated"), m_reason);
    facts->addRow(tr("Correlation id"), corrRow);
    layout->addLayout(facts);

    m_prompt = textView(this, u"promptView"_s);
    m_sources = textView(this, u"sourcesView"_s);
    m_output = textView(this, u"outputView"_s);
    auto *outputBox = new QWidget(this);
    auto *outputLayout = new QVBoxLayout(outputBox);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    outputLayout->setSpacing(2);
    auto *noticeRow = new QHBoxLayout;
    m_outputNotice = plainLabel(outputBox, u"outputNotice"_s);
    m_outputNotice->setStyleSheet(u"color:#6b4700;"_s);
    m_showAll = new QToolButton(outputBox);
    m_showAll->setObjectName(u"showFullOutput"_s);
    m_showAll->setText(tr("Show all (may take a moment)"));
    m_copyOutput = new QToolButton(outputBox);
    m_copyOutput->setText(tr("Copy full output"));
    noticeRow->addWidget(m_outputNotice, 1);
    noticeRow->addWidget(m_showAll);
    noticeRow->addWidget(m_copyOutput);
    outputLayout->addLayout(noticeRow);
    outputLayout->addWidget(m_output, 1);
    connect(m_showAll, &QToolButton::clicked, this, &ItemPane::showFullOutput);
    connect(m_copyOutput, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(fullOutput()); });
    auto *texts = new QSplitter(Qt::Vertical, this);
    texts->setChildrenCollapsible(false);
    texts->addWidget(titled(tr("Prompt"), m_prompt));
    texts->addWidget(titled(tr("Retrieved sources"), m_sources));
    texts->addWidget(titled(tr("Model output"), outputBox));
    texts->setStretchFactor(0, 2);
    texts->setStretchFactor(1, 2);
    texts->setStretchFactor(2, 4);
    layout->addWidget(texts, 1);
    clearItem();
}

void ItemPane::showItem(const domain::ReviewItem &item, const QString &queueName)
{
    m_hasItem = true;
    m_item = item;
    m_title->setText(tr("%1 · %2").arg(fromStd(item.label.empty() ? item.id : item.label),
                                       queueName.isEmpty() ? fromStd(item.queue) : queueName));
    m_title->setToolTip(tr("Item %1 in queue %2").arg(fromStd(item.id), fromStd(item.queue)));
    // A source that scores neither risk nor confidence gets no badge: "Risk 0%" would read as a
    // measurement.
    if (item.riskScore)
        m_risk->setBadge(tr("Risk %1 %2").arg(formatPercent(*item.riskScore), bandName(riskBand(*item.riskScore))),
                         BadgeLabel::toneForRisk(riskBand(*item.riskScore)));
    else
        m_risk->setBadge({}, BadgeLabel::Tone::Neutral);
    if (item.confidence)
        m_confidence->setBadge(tr("Confidence %1 %2")
                                   .arg(formatPercent(*item.confidence), bandName(confidenceBand(*item.confidence))),
                               BadgeLabel::toneForConfidence(confidenceBand(*item.confidence)));
    else
        m_confidence->setBadge({}, BadgeLabel::Tone::Neutral);
    m_meta->setText(metaLine(item));
    QStringList flags;
    for (const auto &f : item.policyFlags)
        flags.append(fromStd(f));
    m_flags->setText(flags.isEmpty() ? tr("none") : flags.join(u", "_s));
    m_reason->setText(item.reasonEscalated.empty() ? tr("not given") : fromStd(item.reasonEscalated));
    m_correlation->setText(fromStd(item.correlationId));
    m_copy->setEnabled(true);
    m_prompt->setPlainText(fromStd(item.prompt));
    QString sources;
    int n = 1;
    for (const auto &s : item.sources) {
        sources += u"[%1] "_s.arg(n++) + fromStd(s.title) + u'\n';
        if (!s.snippet.empty())
            sources += u"    "_s + fromStd(s.snippet) + u'\n';
        if (!s.uri.empty())
            sources += u"    "_s + fromStd(s.uri) + u'\n';
        sources += u'\n';
    }
    m_sources->setPlainText(item.sources.empty() ? tr("No sources were retrieved for this answer.") : sources);
    const QString output = fromStd(item.output);
    m_outputTruncated = needsPreview(output);
    m_output->setPlainText(m_outputTruncated ? output.left(kPreviewChars) : output);
    m_outputNotice->setText(m_outputTruncated
                                ? tr("This output is %1 KB with very long lines; the first %2 KB are shown.")
                                      .arg(output.size() / 1024)
                                      .arg(kPreviewChars / 1024)
                                : QString());
    m_outputNotice->setVisible(m_outputTruncated);
    m_showAll->setVisible(m_outputTruncated);
    m_copyOutput->setVisible(m_outputTruncated);
    updateSla();
}

void ItemPane::clearItem()
{
    m_hasItem = false;
    m_item = {};
    m_title->setText(tr("No item open"));
    m_risk->setBadge({}, BadgeLabel::Tone::Neutral);
    m_confidence->setBadge({}, BadgeLabel::Tone::Neutral);
    m_sla->setBadge({}, BadgeLabel::Tone::Neutral);
    m_meta->clear();
    m_flags->clear();
    m_reason->clear();
    m_correlation->clear();
    m_copy->setEnabled(false);
    m_prompt->clear();
    m_sources->clear();
    m_output->clear();
    m_outputTruncated = false;
    m_outputNotice->hide();
    m_showAll->hide();
    m_copyOutput->hide();
}

bool ItemPane::needsPreview(const QString &text)
{
    if (text.size() <= kPreviewChars)
        return false;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == u'\n' ? 0 : run + 1;
        if (run > kLongLine)
            return true;
    }
    return false;
}

void ItemPane::showFullOutput()
{
    if (!m_outputTruncated)
        return;
    m_outputTruncated = false;
    m_output->setPlainText(fullOutput());
    m_outputNotice->hide();
    m_showAll->hide();
    m_copyOutput->hide();
}

void ItemPane::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    updateSla();
}

void ItemPane::updateSla()
{
    if (!m_hasItem || m_item.slaDue == 0) {
        m_sla->setBadge({}, BadgeLabel::Tone::Neutral);
        return;
    }
    const qint64 slaMinutes = (m_item.slaDue - m_item.createdAt) / 60000;
    m_sla->setBadge(tr("SLA %1").arg(formatCountdown(m_item.slaDue - m_nowMs)),
                    BadgeLabel::toneForSla(slaState(m_nowMs, m_item.slaDue, slaMinutes)));
}

} // namespace keel::review
