// Light/dark palettes, the system-following default, and icons that read on both.
#include "actionicon.h"
#include "colorscheme.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QStyle>
#include <QTest>

using namespace Qt::StringLiterals;
using keel::ColorScheme;

Q_DECLARE_METATYPE(std::optional<keel::ColorScheme>)

namespace {

// Mean lightness of the clearly drawn pixels of an icon.
double inkLightness(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200) {
                sum += c.lightnessF();
                ++count;
            }
        }
    }
    return count ? sum / count : -1.0;
}

int opaquePixels(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 200 ? 1 : 0;
    return count;
}

} // namespace

class TstColorScheme : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void nameRoundTrips();
    void isDark_data();
    void isDark();
    void overrideThenBackToSystem();
    void actionIconsFollowThePalette_data();
    void actionIconsFollowThePalette();
    void actionIconIsSharpOnHighDpi();
    void unknownActionIconIsNull();
    void appIconReadsSmallAndLarge();
};

void TstColorScheme::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<ColorScheme>>("expected");
    QTest::addRow("system") << u"system"_s << std::optional(ColorScheme::System);
    QTest::addRow("light upper case") << u"LIGHT"_s << std::optional(ColorScheme::Light);
    QTest::addRow("dark with blanks") << u"  Dark "_s << std::optional(ColorScheme::Dark);
    QTest::addRow("empty") << QString() << std::optional<ColorScheme>();
    QTest::addRow("typo") << u"drak"_s << std::optional<ColorScheme>();
    QTest::addRow("prefix") << u"darkish"_s << std::optional<ColorScheme>();
}

void TstColorScheme::parse()
{
    QFETCH(QString, text);
    QFETCH(std::optional<ColorScheme>, expected);
    QCOMPARE(keel::parseColorScheme(text), expected);
}

void TstColorScheme::nameRoundTrips()
{
    for (ColorScheme s : {ColorScheme::System, ColorScheme::Light, ColorScheme::Dark})
        QCOMPARE(keel::parseColorScheme(keel::colorSchemeName(s)), std::optional(s));
}

void TstColorScheme::isDark_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<bool>("dark");
    QTest::addRow("white") << QColor(Qt::white) << false;
    QTest::addRow("black") << QColor(Qt::black) << true;
    QTest::addRow("adwaita light") << QColor(0xf6, 0xf5, 0xf4) << false;
    QTest::addRow("adwaita dark") << QColor(0x35, 0x35, 0x35) << true;
    QTest::addRow("breeze dark") << QColor(0x20, 0x23, 0x26) << true;
    QTest::addRow("keel light") << keel::lightPalette().color(QPalette::Window) << false;
    QTest::addRow("keel dark") << keel::darkPalette().color(QPalette::Window) << true;
}

void TstColorScheme::isDark()
{
    QFETCH(QColor, window);
    QFETCH(bool, dark);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    QCOMPARE(keel::isDark(palette), dark);
}

void TstColorScheme::overrideThenBackToSystem()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    QVERIFY(app);
    const QString startStyle = QApplication::style()->name();
    const QColor startWindow = QApplication::palette().color(QPalette::Window);
    const QColor startText = QApplication::palette().color(QPalette::WindowText);

    QCOMPARE(keel::applyColorScheme(*app, ColorScheme::Dark), ColorScheme::Dark);
    QVERIFY(keel::isDark(QApplication::palette()));
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
    // Text stays readable: clearly lighter than the window it is drawn on.
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightnessF()
            - QApplication::palette().color(QPalette::Window).lightnessF() > 0.5);

    QCOMPARE(keel::applyColorScheme(*app, ColorScheme::Light), ColorScheme::Light);
    QVERIFY(!keel::isDark(QApplication::palette()));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF()
            - QApplication::palette().color(QPalette::WindowText).lightnessF() > 0.5);

    const ColorScheme effective = keel::applyColorScheme(*app, ColorScheme::System);
    QCOMPARE(QApplication::style()->name(), startStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window), startWindow);
    QCOMPARE(QApplication::palette().color(QPalette::WindowText), startText);
    QCOMPARE(effective, startWindow.lightnessF() < 0.5 ? ColorScheme::Dark : ColorScheme::Light);
}

void TstColorScheme::actionIconsFollowThePalette_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("dark");
    const QStringList names = keel::actionIconNames();
    for (const char *expected : {"approve", "reject", "escalate", "edit", "refresh", "export",
                                 "view-review", "view-spend", "view-slo", "view-trace"})
        QVERIFY2(names.contains(QLatin1StringView(expected)), expected);
    for (const QString &name : names) {
        QTest::addRow("%s light", qPrintable(name)) << name << false;
        QTest::addRow("%s dark", qPrintable(name)) << name << true;
    }
}

void TstColorScheme::actionIconsFollowThePalette()
{
    QFETCH(QString, name);
    QFETCH(bool, dark);
    const QPalette palette = dark ? keel::darkPalette() : keel::lightPalette();
    const QIcon icon = keel::actionIcon(name, palette);
    QVERIFY(!icon.isNull());
    const QPixmap pm = icon.pixmap(QSize(48, 48));
    QCOMPARE(pm.size(), QSize(48, 48));
    QVERIFY2(opaquePixels(pm) > 20, "the icon draws almost nothing");
    const double ink = inkLightness(pm);
    if (dark)
        QVERIFY2(ink > 0.7, qPrintable(QString::number(ink)));
    else
        QVERIFY2(ink < 0.3, qPrintable(QString::number(ink)));
    // Disabled icons are visibly fainter than normal ones on the same palette.
    const double disabledInk = inkLightness(icon.pixmap(QSize(48, 48), QIcon::Disabled));
    QVERIFY(qAbs(disabledInk - palette.color(QPalette::Window).lightnessF())
            < qAbs(ink - palette.color(QPalette::Window).lightnessF()));
}

void TstColorScheme::actionIconIsSharpOnHighDpi()
{
    const QIcon icon = keel::actionIcon(u"approve"_s, keel::lightPalette());
    const QPixmap pm = icon.pixmap(QSize(24, 24), 2.0);
    QCOMPARE(pm.devicePixelRatio(), 2.0);
    QCOMPARE(pm.size(), QSize(48, 48)); // drawn at 48 device pixels, not a 24 px bitmap scaled up
}

void TstColorScheme::unknownActionIconIsNull()
{
    QVERIFY(keel::actionIcon(u"no-such-icon"_s).isNull());
}

void TstColorScheme::appIconReadsSmallAndLarge()
{
    const QIcon icon = keel::appIcon();
    QVERIFY(!icon.isNull());
    for (int size : {16, 32, 256}) {
        const QPixmap pm = icon.pixmap(QSize(size, size));
        QCOMPARE(pm.size(), QSize(size, size));
        // The tile fills most of the square at every size.
        QVERIFY2(opaquePixels(pm) > size * size / 2, qPrintable(QString::number(size)));
    }
}

QTEST_MAIN(TstColorScheme)
#include "tst_colorscheme.moc"
