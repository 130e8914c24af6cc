// ServerGrant: `lofteskollen server grant|revoke --server URL --user NAME --role ROLE --municipality NAME…`:
// a person's login joins (or leaves) a group role, with the municipalities whose rows it may reach.
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QTextStream>

class QCommandLineParser;

namespace lk {

class ServerGrant {
public:
    // The options `server` takes for grant and revoke (--user, --role; --municipality is the command's own).
    static QList<QCommandLineOption> options();
    // `action` is grant or revoke. The exit code of CommandLine: 0 done, 1 refused (nothing changed), 2
    // usage.
    static int run(const QString& action, const QCommandLineParser& parser, QTextStream& out,
                   QTextStream& err);
};

} // namespace lk
