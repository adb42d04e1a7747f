#include "actionicon.h"

#include "resourcesinit.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace keel {

namespace {

// The neutral grey every action SVG is drawn with; replaced by the palette's text colour.
constexpr char kTemplateColor[] = "#5b6573";

QString actionPath(const QString &name)
{
    return u":/icons/actions/"_s + name + u".svg"_s;
}

// Renders recoloured SVG on demand, so every size and scale factor gets sharp pixels instead of a
// scaled bitmap.
class RecoloredSvgEngine final : public QIconEngine
{
public:
    RecoloredSvgEngine(QByteArray normal, QByteArray disabled)
        : m_normal(std::move(normal)), m_disabled(std::move(disabled))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(mode == QIcon::Disabled ? m_disabled : m_normal);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        // QIcon passes the size in device pixels already (logical size × scale).
        if (size.isEmpty())
            return {};
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        {
            QPainter painter(&pm);
            paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        }
        pm.setDevicePixelRatio(scale);
        return pm;
    }

    QIconEngine *clone() const override { return new RecoloredSvgEngine(m_normal, m_disabled); }
    QString key() const override { return u"keel-recolored-svg"_s; }

private:
    QByteArray m_normal;
    QByteArray m_disabled;
};

QByteArray recolored(QByteArray svg, const QColor &color)
{
    return svg.replace(QByteArray(kTemplateColor), color.name(QColor::HexRgb).toLatin1());
}

} // namespace

QStringList actionIconNames()
{
    initResources();
    QStringList names;
    const QStringList files =
        QDir(u":/icons/actions"_s).entryList({u"*.svg"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names << file.chopped(4);
    return names;
}

QIcon actionIcon(const QString &name, const QPalette &palette)
{
    initResources();
    QFile file(actionPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    return QIcon(new RecoloredSvgEngine(
        recolored(svg, palette.color(QPalette::Active, QPalette::WindowText)),
        recolored(svg, palette.color(QPalette::Disabled, QPalette::WindowText))));
}

QIcon actionIcon(const QString &name)
{
    return actionIcon(name, QGuiApplication::palette());
}

QIcon appIcon()
{
    initResources();
    return QIcon::fromTheme(u"dev.keel.Keel"_s, QIcon(u":/icons/dev.keel.Keel.svg"_s));
}

} // namespace keel
