#pragma once

#include <QMetaType>
#include <QString>

// The one error type every service returns. It separates where a failure came from (kind)
// from how it is worded (message), so the UI and the CLI can decide how to show it.
// `code` is a stable machine-readable identifier (for --json output and tests), `field`
// names the offending input field when there is one. Messages never contain secrets.
struct ApiError
{
    enum class Kind {
        None,          // no error
        InvalidInput,  // a field breaks a rule; `field` says which
        NotFound,      // unknown datastore or workspace
        Conflict,      // the name is taken
        Refused,       // a workspace rule forbids the operation
        Unsupported,   // the capability is not available (yet) for this storage type
        Database,      // the local workspace file could not be read or written
        Secret,        // the OS keychain is missing, locked or failed
        Network,
        Http,
        Auth,
        Parse,
        Cancelled,
    };

    Kind kind = Kind::None;
    QString code;
    QString message;
    QString field;
    QString detail;
    int httpStatus = 0;

    bool isError() const { return kind != Kind::None; }

    static ApiError make(Kind kind, const QString &code, const QString &message,
                         const QString &field = {}, const QString &detail = {});
    static QString kindName(Kind kind);
    // One line for terminals and logs: "message" plus the detail in parentheses.
    QString toString() const;
};

Q_DECLARE_METATYPE(ApiError)
