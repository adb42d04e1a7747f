#include "tracesource.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace keel::sources {

TraceSource::TraceSource(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<keel::domain::Trace>();
}

bool TraceSource::looksLikeCorrelationId(const QString &text)
{
    static const QRegularExpression re(u"^[A-Za-z0-9._:-]{1,128}$"_s);
    return re.match(text).hasMatch();
}

} // namespace keel::sources
