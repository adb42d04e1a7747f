#pragma once
// keel --demo: runs the bundled keel-platform on 127.0.0.1:0 with demo data and hands back its
// URL and a demo identity's token. Asynchronous: the window is up while the platform generates.
#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace keel::app {

class DemoPlatform : public QObject {
    Q_OBJECT
public:
    explicit DemoPlatform(QString identity, QObject *parent = nullptr);
    ~DemoPlatform() override; // stops the platform process

    void start();
    static QString platformExecutable(); // beside keel, then PATH
    static QString dataDirectory();      // per-user, kept between runs so decisions persist

Q_SIGNALS:
    void started(const QUrl &baseUrl, const QString &token);
    void failed(const QString &message);

private:
    void readStdout();
    QString m_identity;
    QProcess m_process;
    QByteArray m_stdout;
    bool m_announced = false;
};

} // namespace keel::app
