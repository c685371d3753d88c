// The texts of resources/support-matrix.json a person reads (labels, descriptions, notes), for
// lupdate: SupportMatrix translates them in context "SupportMatrix" as it loads the matrix.
// tst_translations checks that this list and the matrix agree.
#include <QtGlobal>

namespace {

[[maybe_unused]] const char *const matrixTexts[] = {
    QT_TRANSLATE_NOOP("SupportMatrix", "Account key"),
    QT_TRANSLATE_NOOP("SupportMatrix", "The storage account's shared key (full access to the account)."),
    QT_TRANSLATE_NOOP("SupportMatrix", "SAS token"),
    QT_TRANSLATE_NOOP("SupportMatrix", "A shared access signature scoped to the account, container or share."),
    QT_TRANSLATE_NOOP("SupportMatrix", "Service principal"),
    QT_TRANSLATE_NOOP("SupportMatrix", "A Microsoft Entra application: tenant ID, client ID and client secret."),
    QT_TRANSLATE_NOOP("SupportMatrix", "SQL authentication"),
    QT_TRANSLATE_NOOP("SupportMatrix", "A database user name and password."),
    QT_TRANSLATE_NOOP("SupportMatrix", "None"),
    QT_TRANSLATE_NOOP("SupportMatrix", "No credential is stored with the datastore."),
    QT_TRANSLATE_NOOP("SupportMatrix", "Azure Blob container"),
    QT_TRANSLATE_NOOP("SupportMatrix", "A container in an Azure Storage account's Blob service."),
    QT_TRANSLATE_NOOP("SupportMatrix", "Storage account"),
    QT_TRANSLATE_NOOP("SupportMatrix", "Container"),
    QT_TRANSLATE_NOOP("SupportMatrix", "Endpoint"),
    QT_TRANSLATE_NOOP("SupportMatrix", "Protocol"),
    QT_TRANSLATE_NOOP("SupportMatrix", "Azure File share"),
    QT_TRANSLATE_NOOP("SupportMatrix", "A file share in an Azure Storage account's File service."),
    QT_TRANSLATE_NOOP("SupportMatrix", "File share"),
    QT_TRANSLATE_NOOP("SupportMatrix", "Azure Data Lake Storage Gen1"),
    QT_TRANSLATE_NOOP("SupportMatrix", "A Data Lake Storage Gen1 account, reached over WebHDFS."),
    QT_TRANSLATE_NOOP("SupportMatrix", "Azure Data Lake Storage Gen1 was retired on 29 February 2024: its accounts no longer answer. Registering and browsing still work wherever a WebHDFS endpoint answers (give it as the endpoint)."),
    QT_TRANSLATE_NOOP("SupportMatrix", "Data Lake store"),
    QT_TRANSLATE_NOOP("SupportMatrix", "WebHDFS endpoint (advanced)"),
    QT_TRANSLATE_NOOP("SupportMatrix", "Tenant ID"),
    QT_TRANSLATE_NOOP("SupportMatrix", "Client ID"),
    QT_TRANSLATE_NOOP("SupportMatrix", "Client secret"),
    QT_TRANSLATE_NOOP("SupportMatrix", "Resource URL"),
    QT_TRANSLATE_NOOP("SupportMatrix", "Authority URL"),
    QT_TRANSLATE_NOOP("SupportMatrix", "Azure Data Lake Storage Gen2"),
    QT_TRANSLATE_NOOP("SupportMatrix", "A file system in a hierarchical-namespace Azure Storage account."),
    QT_TRANSLATE_NOOP("SupportMatrix", "File system"),
    QT_TRANSLATE_NOOP("SupportMatrix", "Azure SQL Database"),
    QT_TRANSLATE_NOOP("SupportMatrix", "A database on an Azure SQL logical server."),
    QT_TRANSLATE_NOOP("SupportMatrix", "Server"),
    QT_TRANSLATE_NOOP("SupportMatrix", "Database"),
    QT_TRANSLATE_NOOP("SupportMatrix", "Port"),
    QT_TRANSLATE_NOOP("SupportMatrix", "User"),
    QT_TRANSLATE_NOOP("SupportMatrix", "Password"),
    QT_TRANSLATE_NOOP("SupportMatrix", "Azure Database for PostgreSQL"),
    QT_TRANSLATE_NOOP("SupportMatrix", "A database on an Azure Database for PostgreSQL server."),
    QT_TRANSLATE_NOOP("SupportMatrix", "Require TLS"),
    QT_TRANSLATE_NOOP("SupportMatrix", "Azure Database for MySQL"),
    QT_TRANSLATE_NOOP("SupportMatrix", "A database on an Azure Database for MySQL server."),
    QT_TRANSLATE_NOOP("SupportMatrix", "In the original Azure ML SDK a MySQL datastore could only be used as a source or target of pipeline data transfer steps."),
    QT_TRANSLATE_NOOP("SupportMatrix", "Databricks File System"),
    QT_TRANSLATE_NOOP("SupportMatrix", "The Databricks File System of the workspace's attached Databricks compute."),
    QT_TRANSLATE_NOOP("SupportMatrix", "In the original Azure ML SDK a DBFS datastore could only be used by Databricks pipeline steps."),
};

} // namespace
