// Builds the .deb from the configured build tree with cpack and inspects it the way a Debian admin
// would: control fields (dpkg-deb -I), file list (dpkg-deb -c), and the unpacked files themselves.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <testclock.h>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit) {
        r.err = program + u" did not finish: "_s + p.errorString()
                + QString::fromUtf8(p.readAllStandardError());
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// "Depends: a (>= 1), b | c" -> {"a", "b", "c"}
QStringList packageNames(const QString &field)
{
    QStringList names;
    for (const QString &alt : field.split(QRegularExpression(u"[,|]"_s), Qt::SkipEmptyParts))
        names << alt.trimmed().section(u' ', 0, 0);
    return names;
}

} // namespace

class TstPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void controlFields();
    void runtimeDepends();
    void fileList();
    void unpackedDesktopFilesValidate();
    void unpackedPlatformServes();
    void unpackedKeelRendersAgainstPackagedPlatform();
    void cleanupTestCase();

private:
    QString field(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;
    QString m_info;
    QStringList m_files;
    QTemporaryDir m_data;                  // the packaged server's data folder
    std::unique_ptr<QProcess> m_server;    // the packaged keel-platform, for the keel test
    QString m_url;
    QString m_reviewerToken;
};

void TstPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString buildDir = QString::fromUtf8(KEEL_BINARY_DIR);
    QVERIFY2(QFile::exists(buildDir + u"/CPackConfig.cmake"_s), "configure the build first");
    // cpack installs the already built binaries from the build tree into its own staging folder
    // under -B; it builds nothing, so the test never races a build of the shared tree.
    const QString config = buildDir + u"/CPackConfig.cmake"_s;
    const Run cpack = run(QString::fromUtf8(KEEL_CPACK_BIN),
                          {u"-G"_s, u"DEB"_s, u"--config"_s, config, u"-B"_s, m_dir.path()});
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));

    const QStringList debs = QDir(m_dir.path()).entryList({u"*.deb"_s}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = m_dir.filePath(debs.first());
    QVERIFY2(debs.first().startsWith(u"keel_"_s + QString::fromUtf8(KEEL_VERSION) + u"-1_"_s),
             qPrintable(debs.first()));

    const Run info = run(u"dpkg-deb"_s, {u"-I"_s, m_deb});
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    m_info = info.out;

    const Run contents = run(u"dpkg-deb"_s, {u"-c"_s, m_deb});
    QVERIFY2(contents.exitCode == 0, qPrintable(contents.err));
    for (const QString &line : contents.out.split(u'\n', Qt::SkipEmptyParts))
        m_files << line.section(u' ', -1); // "-rwxr-xr-x root/root 123 date ./usr/bin/keel"

    m_root = m_dir.filePath(u"root"_s);
    const Run extract = run(u"dpkg-deb"_s, {u"-x"_s, m_deb, m_root});
    QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));
}

QString TstPackage::field(const QString &name) const
{
    // dpkg-deb -I indents control fields by one space.
    const QRegularExpression re(u"^\\s*"_s + QRegularExpression::escape(name) + u":\\s*(.*)$"_s,
                                QRegularExpression::MultilineOption);
    return re.match(m_info).captured(1).trimmed();
}

void TstPackage::controlFields()
{
    QCOMPARE(field(u"Package"_s), u"keel"_s);
    QCOMPARE(field(u"Version"_s), QString::fromUtf8(KEEL_VERSION) + u"-1"_s);
    QCOMPARE(field(u"Section"_s), u"utils"_s);
    QVERIFY(!field(u"Architecture"_s).isEmpty());
    QVERIFY(field(u"Maintainer"_s).contains(u'@'));
    QVERIFY(!field(u"Description"_s).isEmpty());
}

void TstPackage::runtimeDepends()
{
    const QStringList depends = packageNames(field(u"Depends"_s));
    // From dpkg-shlibdeps on the binaries (the libraries keel and keel-platform really load), and
    // the plugins a window needs, which no binary links.
    for (const QString &pkg : {u"libc6"_s, u"libqt6core6"_s, u"libqt6gui6"_s, u"libqt6widgets6"_s,
                               u"libqt6charts6"_s, u"libcurl4"_s, u"libsqlite3-0"_s,
                               u"libssl3"_s, u"qt6-qpa-plugins"_s, u"libqt6svg6"_s})
        QVERIFY2(depends.contains(pkg), qPrintable(pkg + u" missing from Depends: "_s
                                                   + field(u"Depends"_s)));
    // keel-platform's HTTP engine (Boost.Beast) is header-only: no Boost or httplib library at run time.
    for (const QString &pkg : depends)
        QVERIFY2(!pkg.startsWith(u"libboost"_s) && !pkg.startsWith(u"libcpp-httplib"_s), qPrintable(pkg));
    const QStringList recommends = packageNames(field(u"Recommends"_s));
    QVERIFY2(recommends.contains(u"gnome-keyring"_s), qPrintable(field(u"Recommends"_s)));
    QVERIFY(recommends.contains(u"qt6-translations-l10n"_s));
}

void TstPackage::fileList()
{
    for (const QString &path :
         {u"./usr/bin/keel"_s, u"./usr/bin/keel-platform"_s,
          u"./usr/share/applications/dev.keel.Keel.desktop"_s,
          u"./usr/share/metainfo/dev.keel.Keel.metainfo.xml"_s,
          u"./usr/share/icons/hicolor/scalable/apps/dev.keel.Keel.svg"_s,
          u"./usr/share/doc/keel/copyright"_s})
        QVERIFY2(m_files.contains(path), qPrintable(path + u" not in the package"_s));
    // Nothing but the app: no test binaries, headers or static libraries.
    for (const QString &path : std::as_const(m_files)) {
        QVERIFY2(!path.endsWith(u".a"_s) && !path.endsWith(u".h"_s) && !path.contains(u"/tst_"_s),
                 qPrintable(path));
    }
}

void TstPackage::unpackedDesktopFilesValidate()
{
    const Run desktop = run(u"desktop-file-validate"_s,
                            {m_root + u"/usr/share/applications/dev.keel.Keel.desktop"_s});
    QVERIFY2(desktop.exitCode == 0, qPrintable(desktop.out + desktop.err));
    const Run metainfo = run(u"appstreamcli"_s,
                             {u"validate"_s, u"--no-net"_s,
                              m_root + u"/usr/share/metainfo/dev.keel.Keel.metainfo.xml"_s});
    QVERIFY2(metainfo.exitCode == 0, qPrintable(metainfo.out + metainfo.err));
}

// The packaged (stripped) server runs from /usr/bin with the system libraries and serves demo
// data with demo tokens. It keeps running for the next test.
void TstPackage::unpackedPlatformServes()
{
    QVERIFY(m_data.isValid());
    m_server = std::make_unique<QProcess>();
    m_server->start(m_root + u"/usr/bin/keel-platform"_s,
                    {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, m_data.path(), u"--demo-tokens"_s,
                     u"--days"_s, u"2"_s, u"--requests-per-day"_s, u"500"_s, u"--now"_s, keel::test::nowArgument()});
    QVERIFY2(m_server->waitForStarted(10000), qPrintable(m_server->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_server->canReadLine() || m_server->state() != QProcess::Running,
                             60000);
    const QString line = QString::fromUtf8(m_server->readLine()).trimmed();
    QVERIFY2(line.startsWith(u"http://127.0.0.1:"_s),
             qPrintable(line + QString::fromUtf8(m_server->readAllStandardError())));
    QFile tokens(m_data.filePath(u"demo-tokens.json"_s));
    QVERIFY(tokens.open(QIODevice::ReadOnly));
    m_reviewerToken = QJsonDocument::fromJson(tokens.readAll()).object()
                          .value(u"reviewer-1"_s).toString();
    QVERIFY(!m_reviewerToken.isEmpty());
    m_url = line;
}

// The bar: the installed keel starts against `keel-platform --demo-tokens`. Here the
// packaged keel signs in to the packaged server with a demo token, loads the review queue and
// renders it, in German, exactly as the command line documents it (--platform URL).
void TstPackage::unpackedKeelRendersAgainstPackagedPlatform()
{
    QVERIFY2(!m_url.isEmpty(), "the packaged keel-platform did not start");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString png = home.filePath(u"review-de.png"_s);
    QProcess keel;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, home.path()); // settings and caches of this run stay in the scratch dir
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"KEEL_TOKEN"_s, m_reviewerToken);
    keel.setProcessEnvironment(env);
    keel.setProcessChannelMode(QProcess::MergedChannels);
    keel.start(m_root + u"/usr/bin/keel"_s,
               {u"snapshot"_s, u"--view"_s, u"review"_s, u"--now"_s, keel::test::nowArgument(), u"--platform"_s, m_url, u"--lang"_s,
                u"de"_s, u"--out"_s, png});
    QVERIFY2(keel.waitForStarted(10000), qPrintable(keel.errorString()));
    if (!keel.waitForFinished(240000)) {
        keel.kill();
        keel.waitForFinished(5000);
        QFAIL("the packaged keel did not finish its snapshot");
    }
    const QString output = QString::fromUtf8(keel.readAll());
    QVERIFY2(keel.exitStatus() == QProcess::NormalExit && keel.exitCode() == 0, qPrintable(output));
    QFile image(png);
    QVERIFY2(image.open(QIODevice::ReadOnly), qPrintable(output));
    const QByteArray head = image.read(24);
    QVERIFY(head.startsWith("\x89PNG\r\n\x1a\n"));
    // IHDR: big-endian width and height at bytes 16..23.
    const auto be32 = [&head](int at) {
        return (quint32(quint8(head[at])) << 24) | (quint32(quint8(head[at + 1])) << 16)
               | (quint32(quint8(head[at + 2])) << 8) | quint32(quint8(head[at + 3]));
    };
    // The window's own minimum size may exceed the requested one; a real window is what counts.
    QVERIFY2(be32(16) >= 800 && be32(20) >= 600,
             qPrintable(QString::number(be32(16)) + u'x' + QString::number(be32(20))));
}

void TstPackage::cleanupTestCase()
{
    if (!m_server || m_server->state() == QProcess::NotRunning)
        return;
    m_server->terminate();
    if (!m_server->waitForFinished(15000)) {
        m_server->kill();
        m_server->waitForFinished(5000);
    }
}

QTEST_GUILESS_MAIN(TstPackage)
#include "tst_package.moc"
