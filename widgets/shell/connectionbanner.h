#pragma once
// A strip above the views: offline, sync failed or delivery pending — said in words, with the
// action that helps. Hidden when all is well.
#include <QFrame>

class QLabel;
class QPushButton;

namespace keel::widgets {

class ConnectionBanner : public QFrame {
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    explicit ConnectionBanner(QWidget *parent = nullptr);
    void showMessage(Level level, const QString &text, const QString &actionText = {});
    void clear();
Q_SIGNALS:
    void actionTriggered();
private:
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace keel::widgets
