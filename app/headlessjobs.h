#pragma once
// Adapts each view's job class (spend export, SLO report) to one shape the command line drives.
#include "commandline.h"

#include <session.h>

#include <QObject>
#include <QStringList>

#include <memory>

namespace keel::app {

class HeadlessJob : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool ok, const QString &message);
};

// Resources a headless command needs in the cache before it runs (empty: none).
QStringList resourcesNeededBy(const AppOptions &options);

// nullptr (with a message printed) when the command cannot run for this session.
std::unique_ptr<HeadlessJob> createHeadlessJob(const AppOptions &options, const SessionContext &session);

} // namespace keel::app
