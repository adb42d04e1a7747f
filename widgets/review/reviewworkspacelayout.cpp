// ReviewWorkspace: the widgets and how they are laid out (header, banners, queues | items | item).
#include "reviewworkspace.h"

#include "decisionpanel.h"
#include "itempane.h"

#include <review/decisionlogmodel.h>
#include <review/reviewitemfilterproxy.h>
#include <review/reviewitemmodel.h>
#include <review/reviewqueuemodel.h>
#include <review/reviewsession.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keel::review {

namespace {
QLabel *banner(QWidget *parent, const QString &objectName, const QString &style)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(u"QLabel{padding:6px 10px;border-radius:4px;"_s + style + u"}"_s);
    label->hide();
    return label;
}
} // namespace

void ReviewWorkspace::buildUi()
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(12, 10, 12, 10);
    root->setSpacing(8);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Review"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    header->addWidget(title);
    auto *who = new QLabel(tr("signed in as %1").arg(QString::fromStdString(m_context.identity.displayName.empty()
                                                                                ? m_context.identity.user
                                                                                : m_context.identity.displayName)),
                           this);
    who->setTextFormat(Qt::PlainText);
    who->setStyleSheet(u"color:#5f6368;"_s);
    header->addWidget(who);
    header->addStretch(1);
    m_figures = new QLabel(this);
    m_figures->setObjectName(u"reviewerFigures"_s);
    m_figures->setTextFormat(Qt::PlainText);
    header->addWidget(m_figures);
    root->addLayout(header);

    m_offlineBanner = banner(this, u"offlineBanner"_s, u"background:#fff1cc;color:#6b4700;"_s);
    m_errorBanner = banner(this, u"errorBanner"_s, u"background:#fde2e1;color:#8a1c1c;"_s);
    m_roleBanner = banner(this, u"roleBanner"_s, u"background:#e8eaed;color:#202124;"_s);
    root->addWidget(m_offlineBanner);
    root->addWidget(m_errorBanner);
    root->addWidget(m_roleBanner);
    if (!m_canReview) {
        QStringList roles;
        for (const auto &r : m_context.identity.roles)
            roles.append(QString::fromStdString(r));
        m_roleBanner->setText(tr("Your account has the roles %1: you can read the review queues, but only "
                                 "reviewers and admins can decide items.")
                                  .arg(roles.isEmpty() ? tr("(none)") : roles.join(u", "_s)));
        m_roleBanner->show();
    }

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);

    m_queuesView = new QTreeView(split);
    m_queuesView->setObjectName(u"queuesView"_s);
    m_queuesView->setRootIsDecorated(false);
    m_queuesView->setModel(m_queueModel);
    m_queuesView->setUniformRowHeights(true);
    m_queuesView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_queuesView->setMinimumWidth(260);
    connect(m_queuesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(ReviewQueueModel::QueueIdRole).toString();
                if (!id.isEmpty() && id != m_currentQueue)
                    selectQueue(id);
            });

    auto *middle = new QWidget(split);
    auto *midLayout = new QVBoxLayout(middle);
    midLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_filterText = new QLineEdit(middle);
    m_filterText->setObjectName(u"itemFilter"_s);
    m_filterText->setPlaceholderText(tr("Filter by model, use case, policy flag or id (Ctrl+F)"));
    m_filterText->setClearButtonEnabled(true);
    connect(m_filterText, &QLineEdit::textChanged, m_proxy, &ReviewItemFilterProxy::setText);
    m_riskFilter = new QComboBox(middle);
    m_riskFilter->addItem(tr("Any risk"), 0.0);
    m_riskFilter->addItem(tr("Risk ≥ 40%"), 0.4);
    m_riskFilter->addItem(tr("Risk ≥ 70%"), 0.7);
    connect(m_riskFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMinRisk(m_riskFilter->currentData().toDouble()); });
    m_confidenceFilter = new QComboBox(middle);
    m_confidenceFilter->addItem(tr("Any confidence"), 1.0);
    m_confidenceFilter->addItem(tr("Confidence < 80%"), 0.7999);
    m_confidenceFilter->addItem(tr("Confidence < 50%"), 0.4999);
    connect(m_confidenceFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMaxConfidence(m_confidenceFilter->currentData().toDouble()); });
    filters->addWidget(m_filterText, 1);
    filters->addWidget(m_riskFilter);
    filters->addWidget(m_confidenceFilter);
    midLayout->addLayout(filters);
    m_itemsStack = new QStackedWidget(middle);
    m_itemsView = new QTableView(m_itemsStack);
    m_itemsView->setObjectName(u"itemsView"_s);
    m_itemsView->setModel(m_proxy);
    m_itemsView->setSortingEnabled(true);
    m_itemsView->sortByColumn(ReviewItemModel::SlaDue, Qt::AscendingOrder);
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemsView->verticalHeader()->hide();
    m_itemsView->horizontalHeader()->setStretchLastSection(true);
    // Narrow columns: the reviewer should see risk, confidence, age, SLA and model at once.
    m_itemsView->horizontalHeader()->setDefaultSectionSize(78);
    m_itemsView->horizontalHeader()->setMinimumSectionSize(48);
    m_itemsView->setWordWrap(false);
    m_itemsStack->addWidget(m_itemsView);
    m_itemsMessage = new QLabel(m_itemsStack);
    m_itemsMessage->setObjectName(u"itemsMessage"_s);
    m_itemsMessage->setTextFormat(Qt::PlainText);
    m_itemsMessage->setWordWrap(true);
    m_itemsMessage->setAlignment(Qt::AlignCenter);
    m_itemsMessage->setStyleSheet(u"color:#5f6368;padding:24px;"_s);
    m_itemsStack->addWidget(m_itemsMessage);
    midLayout->addWidget(m_itemsStack, 1);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewWorkspace::onCurrentItemChanged);
    // Risk and confidence columns and filters only where the source scores items: a Langfuse
    // queue has neither, and a column of "not scored" takes the room the model and use case need.
    connect(m_itemModel, &QAbstractItemModel::modelReset, this, &ReviewWorkspace::updateScoreColumns);
    connect(m_itemModel, &QAbstractItemModel::rowsInserted, this, &ReviewWorkspace::updateScoreColumns);
    connect(m_itemModel, &QAbstractItemModel::rowsRemoved, this, &ReviewWorkspace::updateScoreColumns);
    connect(m_itemModel, &QAbstractItemModel::dataChanged, this, &ReviewWorkspace::updateScoreColumns);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_leaseBanner = banner(right, u"leaseBanner"_s, u"background:#e8f0fe;color:#174ea6;"_s);
    rightLayout->addWidget(m_leaseBanner);
    m_pane = new ItemPane(right);
    rightLayout->addWidget(m_pane, 1);
    m_panel = new DecisionPanel(right);
    m_panel->setObjectName(u"decisionPanel"_s);
    m_panel->setVisible(m_canReview);
    rightLayout->addWidget(m_panel, 0);
    m_status = new QLabel(right);
    m_status->setObjectName(u"reviewStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);
    m_logView = new QListView(right);
    m_logView->setObjectName(u"decisionLog"_s);
    m_logView->setModel(m_logModel);
    m_logView->setMaximumHeight(110);
    m_logView->setFocusPolicy(Qt::NoFocus);
    m_logView->setVisible(false); // shown once there is a decision to follow
    rightLayout->addWidget(m_logView);

    split->addWidget(m_queuesView);
    split->addWidget(middle);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 6);
    split->setSizes({260, 620, 880});
    root->addWidget(split, 1);

    connect(m_panel, &DecisionPanel::approveRequested, this,
            [this] { submit(int(domain::DecisionAction::Approve)); });
    connect(m_panel, &DecisionPanel::editRequested, m_panel, &DecisionPanel::beginEdit);
    connect(m_panel, &DecisionPanel::escalateRequested, m_panel, &DecisionPanel::beginEscalate);
    connect(m_panel, &DecisionPanel::rejectRequested, m_panel, &DecisionPanel::beginReject);
    connect(m_panel, &DecisionPanel::submitRequested, this, [this] { submit(-1); });
    connect(m_panel, &DecisionPanel::undoRequested, this, [this] { m_session->undo(); });
}

} // namespace keel::review
