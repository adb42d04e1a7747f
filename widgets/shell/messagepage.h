#pragma once
// A full-page state: what happened and what to do, with an optional action button.
// Used for "connecting", "starting the demo platform", "no access" and error states.
#include <QWidget>

class QLabel;
class QPushButton;
class QProgressBar;

namespace keel::widgets {

class MessagePage : public QWidget {
    Q_OBJECT
public:
    explicit MessagePage(QWidget *parent = nullptr);
    void show(const QString &title, const QString &detail, const QString &actionText = {}, bool busy = false);
Q_SIGNALS:
    void actionTriggered();
private:
    QLabel *m_title;
    QLabel *m_detail;
    QProgressBar *m_busy;
    QPushButton *m_action;
};

} // namespace keel::widgets
