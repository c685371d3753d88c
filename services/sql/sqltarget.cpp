#include "services/sql/sqltarget.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>

#include "services/core/fieldrules.h"
#include "services/core/printable.h"
#include "services/core/storagetypes.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The texts of the code below that is not a member of SqlTarget, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqlTarget)
};

// ODBC attribute values with ; { } or spaces are given in braces, a '}' doubled.
QString odbcValue(const QString &value)
{
    QString v = value;
    return u'{' + v.replace(u'}', u"}}"_s) + u'}';
}

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *n : needles) {
        if (text.contains(QLatin1String(n), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

ApiError invalidField(const QString &field, const QString &code, const QString &message)
{
    return ApiError::make(ApiError::Kind::InvalidInput, code, message, field);
}

} // namespace

bool SqlTarget::handles(StorageType type)
{
    return type == StorageType::AzurePostgreSql || type == StorageType::AzureMySql || type == StorageType::AzureSqlDatabase;
}

QStringList SqlTarget::odbcDrivers()
{
    QStringList out;
    for (const QString &path : {u"/etc/odbcinst.ini"_s}) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.startsWith(u'[') && line.endsWith(u']') && line != u"[ODBC]"_s)
                out.append(line.mid(1, line.size() - 2));
        }
    }
    return out;
}

Result<SqlTarget> SqlTarget::forDatastore(const Datastore &ds, const SecretMap &secrets, const QString &odbcDriver)
{
    // Each type's driver, DNS suffix and port (REFERENCE.md 14).
    struct Kind
    {
        StorageType type;
        Dialect dialect;
        const char16_t *driver;
        const char16_t *suffix;
        int port;
    };
    static constexpr Kind kinds[] = {{StorageType::AzurePostgreSql, Dialect::Postgres, u"QPSQL", u"postgres.database.azure.com", 5432},
                                     {StorageType::AzureMySql, Dialect::MySql, u"QMYSQL", u"mysql.database.azure.com", 3306},
                                     {StorageType::AzureSqlDatabase, Dialect::SqlServer, u"QODBC", u"database.windows.net", 1433}};
    const auto kind = std::find_if(std::begin(kinds), std::end(kinds), [&ds](const Kind &k) { return k.type == ds.type; });
    if (kind == std::end(kinds))
        return ApiError::make(ApiError::Kind::Unsupported, u"sql.type"_s, Text::tr("'%1' is not a SQL datastore.").arg(ds.name));
    SqlTarget t;
    t.dialect = kind->dialect;
    t.driver = QString::fromUtf16(kind->driver);
    const QString suffix = QString::fromUtf16(kind->suffix);
    const int defaultPort = kind->port;
    const QString server = ds.field(u"server_name"_s);
    if (server.isEmpty())
        return invalidField(u"server_name"_s, u"field.required"_s, Text::tr("'%1' has no server name.").arg(ds.name));
    // A server given as a host name or address (a private endpoint, a test server) is used
    // as it is; a bare server name gets the type's suffix (the endpoint field overrides it).
    const QString endpoint = ds.field(u"endpoint"_s);
    t.host = server.contains(u'.') || server.compare(u"localhost"_s, Qt::CaseInsensitive) == 0
        ? server
        : server + u'.' + (endpoint.isEmpty() ? suffix : endpoint);
    bool portOk = true;
    t.port = ds.field(u"port"_s).isEmpty() ? defaultPort : ds.field(u"port"_s).toInt(&portOk);
    if (!portOk || t.port < 1 || t.port > 65535)
        return invalidField(u"port"_s, u"field.port"_s, Text::tr("The port of '%1' must be 1 to 65535.").arg(ds.name));
    t.database = ds.field(u"database_name"_s);
    if (t.database.isEmpty())
        return invalidField(u"database_name"_s, u"field.required"_s, Text::tr("'%1' has no database name.").arg(ds.name));
    t.tls = !FieldRules::isLoopbackHost(t.host);

    const auto missing = [&ds](const QString &what) {
        return ApiError::make(ApiError::Kind::Secret, u"secret.missing"_s,
                              Text::tr("'%1' has no %2 stored; update its credentials.").arg(ds.name, what));
    };
    bool servicePrincipal = false;
    switch (ds.auth) {
    case AuthKind::Sql:
        t.user = ds.field(u"user_id"_s);
        t.password = secrets.value(u"user_password"_s);
        if (t.user.isEmpty())
            return invalidField(u"user_id"_s, u"field.required"_s, Text::tr("'%1' has no user.").arg(ds.name));
        if (t.password.isEmpty())
            return missing(Text::tr("password"));
        break;
    case AuthKind::ServicePrincipal:
        if (t.dialect != Dialect::SqlServer)
            return ApiError::make(ApiError::Kind::Unsupported, u"sql.auth"_s,
                                  Text::tr("%1 datastores do not take a service principal.").arg(StorageTypes::id(ds.type)));
        servicePrincipal = true;
        t.user = ds.field(u"client_id"_s);
        t.password = secrets.value(u"client_secret"_s);
        if (t.password.isEmpty())
            return missing(Text::tr("client secret"));
        break;
    default:
        return ApiError::make(ApiError::Kind::Unsupported, u"sql.auth"_s,
                              Text::tr("'%1' has no SQL login or service principal to connect with.").arg(ds.name));
    }

    switch (t.dialect) {
    case Dialect::Postgres:
        // libpq's own names; "prefer" still uses TLS where a loopback server offers it.
        t.connectOptions = u"connect_timeout=15;application_name=dsstudio;sslmode="_s + (t.tls ? u"require"_s : u"prefer"_s);
        break;
    case Dialect::MySql:
        // Naming a CA directory makes the client library insist on TLS.
        t.connectOptions = u"MYSQL_OPT_CONNECT_TIMEOUT=15;MYSQL_OPT_READ_TIMEOUT=120"_s;
        if (t.tls)
            t.connectOptions += u";SSL_CAPATH=/etc/ssl/certs"_s;
        break;
    case Dialect::SqlServer: {
        const QStringList installed = odbcDrivers();
        t.odbcDriver = odbcDriver;
        // The user's pick of driver (FreeTDS, or Microsoft's where both are installed).
        if (const QString chosen = qEnvironmentVariable("DSSTUDIO_ODBC_DRIVER"); t.odbcDriver.isEmpty() && !chosen.isEmpty()) {
            if (!installed.contains(chosen))
                return ApiError::make(ApiError::Kind::Unsupported, u"sql.odbc_driver"_s,
                                      Text::tr("DSSTUDIO_ODBC_DRIVER names '%1', which /etc/odbcinst.ini does not list; installed: %2.")
                                          .arg(chosen, installed.isEmpty() ? Text::tr("none") : installed.join(u", "_s)));
            t.odbcDriver = chosen;
        }
        if (t.odbcDriver.isEmpty()) {
            for (const QString &preferred : {u"ODBC Driver 18 for SQL Server"_s, u"ODBC Driver 17 for SQL Server"_s, u"FreeTDS"_s}) {
                if (installed.contains(preferred)) {
                    t.odbcDriver = preferred;
                    break;
                }
            }
        }
        if (t.odbcDriver.isEmpty())
            return ApiError::make(ApiError::Kind::Unsupported, u"sql.odbc_driver"_s,
                                  Text::tr("No ODBC driver for SQL Server is installed: install Debian's tdsodbc (FreeTDS) or "
                                     "Microsoft's msodbcsql18."));
        const bool freeTds = t.odbcDriver.contains(u"FreeTDS"_s, Qt::CaseInsensitive);
        if (servicePrincipal && freeTds)
            return ApiError::make(ApiError::Kind::Unsupported, u"sql.odbc_driver"_s,
                                  Text::tr("Signing in to Azure SQL Database with a service principal needs Microsoft's ODBC driver "
                                     "(msodbcsql18); FreeTDS knows only SQL logins."));
        QStringList parts = {u"DRIVER="_s + odbcValue(t.odbcDriver), u"DATABASE="_s + odbcValue(t.database)};
        if (freeTds) {
            parts << u"SERVER="_s + odbcValue(t.host) << u"PORT="_s + QString::number(t.port) << u"TDS_Version=7.4"_s
                  << u"ClientCharset=UTF-8"_s;
            if (t.tls)
                parts << u"Encryption=require"_s;
        } else {
            parts << u"SERVER="_s + odbcValue(u"tcp:"_s + t.host + u',' + QString::number(t.port))
                  << (t.tls ? u"Encrypt=yes"_s : u"Encrypt=optional"_s) << u"TrustServerCertificate=no"_s
                  << u"Connection Timeout=15"_s << u"ApplicationIntent=ReadOnly"_s;
            if (servicePrincipal)
                parts << u"Authentication=ActiveDirectoryServicePrincipal"_s;
        }
        t.connectionString = parts.join(u';');
        break;
    }
    }
    return t;
}

QString SqlTarget::describe() const
{
    const QString kind = dialect == Dialect::Postgres ? Text::tr("PostgreSQL server") : dialect == Dialect::MySql ? Text::tr("MySQL server") : Text::tr("SQL Server");
    return Text::tr("%1 %2:%3, database %4, as %5%6")
        .arg(kind, host)
        .arg(port)
        .arg(Printable::line(database, 128), Printable::line(user, 128), tls ? Text::tr(" (TLS)") : QString());
}

ApiError SqlTarget::classify(const QSqlError &error, bool connecting) const
{
    const QString text = Printable::line(QString(error.databaseText() + u' ' + error.driverText()).trimmed(), 600);
    const QString code = error.nativeErrorCode();
    const QString where = describe();
    const auto make = [&](ApiError::Kind kind, const QString &c, const QString &message) {
        ApiError e = ApiError::make(kind, c, message);
        e.detail = text;
        return e;
    };
    // MySQL's client error numbers; PostgreSQL's SQLSTATE classes; the servers' own words.
    if (containsAny(text, {"SSL", "TLS", "certificate"}) || code == u"2026"_s)
        return make(ApiError::Kind::Network, u"sql.tls"_s,
                    Text::tr("The TLS connection to the %1 failed: %2. Azure requires TLS; check that the server offers it.").arg(where, text));
    if (containsAny(text, {"password authentication failed", "Access denied for user", "Login failed", "authentication failed",
                           "role \"", "no password supplied"})
        || code == u"1045"_s || code == u"28P01"_s || code == u"28000"_s || code == u"18456"_s)
        return make(ApiError::Kind::Auth, u"sql.login"_s, Text::tr("The %1 refused the login: %2").arg(where, text));
    // A database that is missing or closed to the login, in each server's words — not any "does
    // not exist" (FreeTDS says "Adaptive Server is unavailable or does not exist" of a server it
    // cannot reach).
    const bool databaseMissing = (text.contains(u"database \""_s) && text.contains(u"does not exist"_s))
        || containsAny(text, {"Unknown database", "Cannot open database", "to database"});
    if (databaseMissing && connecting)
        return make(ApiError::Kind::NotFound, u"sql.database"_s, Text::tr("The database is not there or not open to this login (%1): %2").arg(where, text));
    if (containsAny(text, {"no pg_hba.conf entry", "is not allowed to connect", "Client with IP address", "firewall"}))
        return make(ApiError::Kind::Network, u"sql.firewall"_s,
                    Text::tr("The %1 does not accept connections from this computer (its firewall or access rules): %2").arg(where, text));
    if (connecting
        || containsAny(text, {"could not connect", "Connection refused", "timeout expired", "could not translate host name", "Can't connect",
                              "Unknown MySQL server host", "Lost connection", "server closed the connection", "Unable to connect",
                              "Adaptive Server is unavailable"}))
        return make(ApiError::Kind::Network, u"sql.network"_s,
                    Text::tr("The %1 could not be reached (the network, its name, or a firewall on the way): %2").arg(where, text));
    if (containsAny(text, {"permission denied", "command denied", "SELECT command denied"}) || code == u"42501"_s || code == u"1142"_s)
        return make(ApiError::Kind::Refused, u"sql.permission"_s, Text::tr("This login may not read that: %1").arg(text));
    return make(ApiError::Kind::Database, u"sql.query"_s, Text::tr("The %1 refused the query: %2").arg(where, text));
}

namespace SqlQuoting {

QString identifier(SqlTarget::Dialect dialect, const QString &name)
{
    QString n = name;
    if (dialect == SqlTarget::Dialect::MySql)
        return u'`' + n.replace(u'`', u"``"_s) + u'`';
    return u'"' + n.replace(u'"', u"\"\""_s) + u'"';
}

QString segment(const QString &name)
{
    QString s = name;
    return s.replace(u'%', u"%25"_s).replace(u'/', u"%2F"_s);
}

QString unsegment(const QString &segment)
{
    QString s = segment;
    s.replace(u"%2F"_s, u"/"_s, Qt::CaseInsensitive);
    return s.replace(u"%25"_s, u"%"_s);
}

} // namespace SqlQuoting
