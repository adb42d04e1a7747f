// The desktop entry and AppStream metainfo validate, and agree on one reverse-DNS id with the icon.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString appId = u"dev.keel.Keel"_s;

QString sourceFile(const QString &relative)
{
    return QDir(QString::fromUtf8(KEEL_SOURCE_DIR)).filePath(relative);
}

struct Run {
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
        r.output = program + u" did not run: "_s + p.errorString();
        return r;
    }
    r.exitCode = p.exitCode();
    r.output = QString::fromUtf8(p.readAll());
    return r;
}

// The parts of the metainfo the other files must agree with.
struct Metainfo {
    QString id, launchable, icon, firstRelease, error;
    QStringList binaries, screenshots;
};

Metainfo readMetainfo(const QString &path)
{
    Metainfo m;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m.error = file.errorString();
        return m;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (!xml.readNext() || !xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"id"_s)
            m.id = xml.readElementText();
        else if (name == u"launchable"_s)
            m.launchable = xml.readElementText();
        else if (name == u"icon"_s)
            m.icon = xml.readElementText();
        else if (name == u"binary"_s)
            m.binaries << xml.readElementText();
        else if (name == u"image"_s)
            m.screenshots << xml.readElementText();
        else if (name == u"release"_s && m.firstRelease.isEmpty())
            m.firstRelease = xml.attributes().value(u"version"_s).toString();
    }
    if (xml.hasError())
        m.error = xml.errorString();
    return m;
}

} // namespace

class TstDesktopEntry : public QObject
{
    Q_OBJECT

private slots:
    void desktopEntryValidates();
    void metainfoValidates();
    void oneIdEverywhere();
    void desktopEntryIsTranslated();
    void iconIsScalableSquareSvg();
};

void TstDesktopEntry::desktopEntryValidates()
{
    const Run r = run(u"desktop-file-validate"_s,
                      {sourceFile(u"packaging/"_s + appId + u".desktop"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    // Hints are fine; errors and warnings are not.
    QVERIFY2(!r.output.contains(u"error:"_s) && !r.output.contains(u"warning:"_s),
             qPrintable(r.output));
}

void TstDesktopEntry::metainfoValidates()
{
    const Run r = run(u"appstreamcli"_s, {u"validate"_s, u"--no-net"_s, u"--explain"_s,
                                           sourceFile(u"packaging/"_s + appId + u".metainfo.xml"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
}

void TstDesktopEntry::oneIdEverywhere()
{
    const Metainfo m = readMetainfo(sourceFile(u"packaging/"_s + appId + u".metainfo.xml"_s));
    QVERIFY2(m.error.isEmpty(), qPrintable(m.error));
    QCOMPARE(m.id, appId);
    QCOMPARE(m.launchable, appId + u".desktop"_s);
    QVERIFY(QFile::exists(sourceFile(u"packaging/"_s + m.launchable)));
    QCOMPARE(m.icon, appId);
    QVERIFY(QFile::exists(sourceFile(u"resources/icons/"_s + appId + u".svg"_s)));
    QVERIFY(m.binaries.contains(u"keel"_s));
    QVERIFY(m.binaries.contains(u"keel-platform"_s));
    QCOMPARE(m.firstRelease, QString::fromUtf8(KEEL_VERSION)); // release notes match the project
    QVERIFY(!m.screenshots.isEmpty());

    QSettings desktop(sourceFile(u"packaging/"_s + appId + u".desktop"_s), QSettings::IniFormat);
    desktop.beginGroup(u"Desktop Entry"_s);
    QCOMPARE(desktop.value(u"Icon"_s).toString(), appId);
    QCOMPARE(desktop.value(u"Exec"_s).toString().section(u' ', 0, 0), u"keel"_s);
}

void TstDesktopEntry::desktopEntryIsTranslated()
{
    QFile file(sourceFile(u"packaging/"_s + appId + u".desktop"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString &key : {u"GenericName"_s, u"Comment"_s, u"Keywords"_s}) {
        for (const QString &lang : {u"de"_s, u"fr"_s})
            QVERIFY2(text.contains(key + u'[' + lang + u"]="_s), qPrintable(key + u' ' + lang));
    }
}

void TstDesktopEntry::iconIsScalableSquareSvg()
{
    QFile file(sourceFile(u"resources/icons/"_s + appId + u".svg"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), u"svg"_s);
    const QStringList box = xml.attributes().value(u"viewBox"_s).toString().split(u' ');
    QCOMPARE(box.size(), 4);
    QCOMPARE(box.at(2), box.at(3));
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

QTEST_GUILESS_MAIN(TstDesktopEntry)
#include "tst_desktopentry.moc"
