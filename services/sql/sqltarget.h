#pragma once

#include <QString>
#include <QStringList>

#include "services/core/apierror.h"
#include "services/core/datastore.h"
#include "services/core/result.h"

class QSqlError;

// Where and how a SQL datastore's database is reached through Qt SQL: the driver, the host
// (the server name with the type's DNS suffix, or the server as given when it is already a
// host name or address), the port, the database, the login and the TLS rule. Azure requires
// TLS, so it is required for every server that is not a loopback one. The password never
// appears in describe() or in connectOptions (it goes to QSqlDatabase::setPassword).
struct SqlTarget
{
    enum class Dialect { Postgres, MySql, SqlServer };

    Dialect dialect = Dialect::Postgres;
    QString driver;   // QPSQL, QMYSQL, QODBC
    QString host;
    int port = 0;
    QString database;
    QString user;
    QString password;
    bool tls = true;  // required; false only for loopback servers (then used if offered)
    QString connectOptions;
    QString odbcDriver;        // SQL Server: the ODBC driver's name in odbcinst.ini
    QString connectionString;  // SQL Server: the ODBC connection string, without the login

    // From a datastore record and its secrets. `odbcDriver` picks the ODBC driver for Azure
    // SQL Database (empty: the first installed of Microsoft's 18, 17, then FreeTDS).
    static Result<SqlTarget> forDatastore(const Datastore &ds, const SecretMap &secrets, const QString &odbcDriver = {});
    static bool handles(StorageType type);
    // The ODBC drivers registered with unixODBC (odbcinst.ini section names).
    static QStringList odbcDrivers();

    // "PostgreSQL server contoso.postgres.database.azure.com:5432, database sales, as reader (TLS)".
    QString describe() const;
    // A failed open or query, as an error that says what went wrong: the network or a
    // firewall, the server's TLS, the login, the database, or the statement.
    ApiError classify(const QSqlError &error, bool connecting) const;
};

// Identifiers quoted by the dialect's rules (never pasted): "a""b" for PostgreSQL and SQL
// Server's quoted identifiers, `a``b` for MySQL.
namespace SqlQuoting {
QString identifier(SqlTarget::Dialect dialect, const QString &name);
// A database path segment and back: '/' and '%' are escaped as %2F and %25 so that any
// identifier survives in a '/'-separated path.
QString segment(const QString &name);
QString unsegment(const QString &segment);
} // namespace SqlQuoting
