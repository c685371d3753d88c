#include "services/workspace/workspacecatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include "services/core/names.h"
#include "services/net/httpclient.h"
#include "services/workspace/localworkspacedb.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The texts of the code below that is not a member of WorkspaceCatalog, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCatalog)
};

const QString CurrentKey = u"workspace/current"_s;
const QString AzureGroup = u"azureml"_s;

void writeRef(QSettings &settings, const WorkspaceRef &ref)
{
    settings.setValue(u"key"_s, ref.key());
    settings.setValue(u"cloud"_s, ref.cloud.name);
    settings.setValue(u"arm"_s, ref.cloud.arm.toString());
    settings.setValue(u"authority"_s, ref.cloud.authority.toString());
    settings.setValue(u"subscription"_s, ref.subscription);
    settings.setValue(u"resourceGroup"_s, ref.resourceGroup);
    settings.setValue(u"workspace"_s, ref.name);
    settings.setValue(u"signIn"_s, WorkspaceRef::signInId(ref.signIn));
    settings.setValue(u"tenantId"_s, ref.tenantId);
    settings.setValue(u"clientId"_s, ref.clientId);
    settings.setValue(u"v1Base"_s, ref.v1Base.toString());
}

std::optional<WorkspaceRef> readRef(const QSettings &settings)
{
    const QString cloudName = settings.value(u"cloud"_s).toString();
    std::optional<CloudProfile> cloud = CloudProfile::byName(cloudName);
    if (!cloud && cloudName == CloudProfile::CustomName) {
        const auto custom = CloudProfile::custom(QUrl(settings.value(u"arm"_s).toString()), QUrl(settings.value(u"authority"_s).toString()));
        if (custom)
            cloud = custom.value();
    }
    const auto signIn = WorkspaceRef::signInFromId(settings.value(u"signIn"_s).toString());
    if (!cloud || !signIn)
        return std::nullopt;
    const auto ref = WorkspaceRef::azure(*cloud, settings.value(u"subscription"_s).toString(), settings.value(u"resourceGroup"_s).toString(),
                                         settings.value(u"workspace"_s).toString(), *signIn, settings.value(u"tenantId"_s).toString(),
                                         settings.value(u"clientId"_s).toString());
    if (!ref)
        return std::nullopt;
    WorkspaceRef out = ref.value();
    out.v1Base = QUrl(settings.value(u"v1Base"_s).toString());
    if (HttpClient::refusal(out.v1Base).isError())
        out.v1Base.clear(); // discovered again on the next open
    return out;
}

} // namespace

WorkspaceCatalog::WorkspaceCatalog()
    : WorkspaceCatalog(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/workspaces"_s,
                       QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/settings.ini"_s)
{
}

WorkspaceCatalog::WorkspaceCatalog(QString workspacesDir, QString settingsFile)
    : m_dir(std::move(workspacesDir)), m_settingsFile(std::move(settingsFile))
{
}

QString WorkspaceCatalog::path(const QString &name) const
{
    return m_dir + u'/' + name + u".sqlite"_s;
}

bool WorkspaceCatalog::exists(const QString &name) const
{
    return QFileInfo::exists(path(name));
}

QStringList WorkspaceCatalog::localWorkspaces() const
{
    QStringList names;
    const QFileInfoList files = QDir(m_dir).entryInfoList({u"*.sqlite"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (!Names::checkWorkspaceName(file.completeBaseName()))
            names.append(file.completeBaseName());
    }
    return names;
}

VoidResult WorkspaceCatalog::create(const QString &name) const
{
    if (auto error = Names::checkWorkspaceName(name))
        return *error;
    if (exists(name)) {
        return ApiError::make(ApiError::Kind::Conflict, u"workspace.exists"_s,
                              Text::tr("A local workspace named '%1' already exists.").arg(name), u"workspace"_s);
    }
    auto db = LocalWorkspaceDb::open(path(name), LocalWorkspaceDb::OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    return {};
}

QString WorkspaceCatalog::currentWorkspace() const
{
    if (!QFileInfo::exists(m_settingsFile))
        return DefaultWorkspace;
    const QSettings settings(m_settingsFile, QSettings::IniFormat);
    const QString name = settings.value(CurrentKey).toString();
    return name.isEmpty() ? DefaultWorkspace : name;
}

VoidResult WorkspaceCatalog::setCurrentWorkspace(const QString &name) const
{
    if (auto error = Names::checkWorkspaceName(name))
        return *error;
    if (!exists(name)) {
        return ApiError::make(ApiError::Kind::NotFound, u"workspace.not_found"_s,
                              Text::tr("There is no local workspace named '%1'.").arg(name), u"workspace"_s);
    }
    return writeSettings([&name](QSettings &settings) { settings.setValue(CurrentKey, name); });
}

VoidResult WorkspaceCatalog::writeSettings(const std::function<void(QSettings &)> &change) const
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    change(settings);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        return ApiError::make(ApiError::Kind::Database, u"settings.write"_s,
                              Text::tr("Could not save the settings file %1.").arg(QDir::toNativeSeparators(m_settingsFile)));
    }
    return {};
}

QList<WorkspaceRef> WorkspaceCatalog::azureWorkspaces() const
{
    QList<WorkspaceRef> out;
    if (!QFileInfo::exists(m_settingsFile))
        return out;
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    const int size = settings.beginReadArray(AzureGroup);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        if (const auto ref = readRef(settings))
            out.append(*ref);
    }
    settings.endArray();
    return out;
}

VoidResult WorkspaceCatalog::rememberAzure(const WorkspaceRef &ref) const
{
    QList<WorkspaceRef> all = azureWorkspaces();
    bool replaced = false;
    for (WorkspaceRef &known : all) {
        if (known.key() == ref.key()) {
            known = ref;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(ref);
    return writeSettings([&all](QSettings &settings) {
        settings.remove(AzureGroup);
        settings.beginWriteArray(AzureGroup, int(all.size()));
        for (int i = 0; i < all.size(); ++i) {
            settings.setArrayIndex(i);
            writeRef(settings, all.at(i));
        }
        settings.endArray();
    });
}

VoidResult WorkspaceCatalog::forgetAzure(const QString &key) const
{
    QList<WorkspaceRef> all = azureWorkspaces();
    all.removeIf([&key](const WorkspaceRef &r) { return r.key() == key; });
    const bool wasCurrent = currentWorkspace() == key;
    return writeSettings([&all, wasCurrent](QSettings &settings) {
        settings.remove(AzureGroup);
        settings.beginWriteArray(AzureGroup, int(all.size()));
        for (int i = 0; i < all.size(); ++i) {
            settings.setArrayIndex(i);
            writeRef(settings, all.at(i));
        }
        settings.endArray();
        if (wasCurrent)
            settings.remove(CurrentKey);
    });
}

QList<WorkspaceRef> WorkspaceCatalog::workspaces() const
{
    QList<WorkspaceRef> out;
    QStringList names = localWorkspaces();
    if (!names.contains(DefaultWorkspace))
        names.prepend(DefaultWorkspace); // exists implicitly
    for (const QString &name : std::as_const(names))
        out.append(WorkspaceRef::local(name));
    out.append(azureWorkspaces());
    return out;
}

WorkspaceRef WorkspaceCatalog::current() const
{
    const QString value = currentWorkspace();
    if (value.startsWith(u"azureml:"_s)) {
        for (const WorkspaceRef &ref : azureWorkspaces()) {
            if (ref.key() == value)
                return ref;
        }
        return WorkspaceRef::local(DefaultWorkspace);
    }
    return WorkspaceRef::local(value);
}

VoidResult WorkspaceCatalog::setCurrent(const WorkspaceRef &ref) const
{
    if (!ref.isAzure())
        return setCurrentWorkspace(ref.name);
    bool known = false;
    for (const WorkspaceRef &r : azureWorkspaces())
        known = known || r.key() == ref.key();
    if (!known) {
        return ApiError::make(ApiError::Kind::NotFound, u"workspace.not_found"_s,
                              Text::tr("Azure ML workspace %1 has not been connected.").arg(ref.displayName()), u"workspace"_s);
    }
    const QString key = ref.key();
    return writeSettings([&key](QSettings &settings) { settings.setValue(CurrentKey, key); });
}

Result<WorkspaceRef> WorkspaceCatalog::resolve(const QString &text) const
{
    if (text.startsWith(u"azureml:"_s) || !Names::checkWorkspaceName(text)) {
        QList<WorkspaceRef> matches;
        for (const WorkspaceRef &ref : azureWorkspaces()) {
            if (ref.key() == text.toLower() || ref.name == text)
                matches.append(ref);
        }
        const bool local = !text.startsWith(u"azureml:"_s) && (text == DefaultWorkspace || exists(text));
        if (local)
            return WorkspaceRef::local(text);
        if (matches.size() == 1)
            return matches.first();
        if (matches.size() > 1) {
            QStringList keys;
            for (const WorkspaceRef &ref : std::as_const(matches))
                keys.append(ref.key());
            return ApiError::make(ApiError::Kind::InvalidInput, u"workspace.ambiguous"_s,
                                  Text::tr("Several connected Azure ML workspaces are named '%1'; name one by its key: %2.").arg(text, keys.join(u", "_s)),
                                  u"workspace"_s);
        }
    }
    if (auto error = Names::checkWorkspaceName(text); error && !text.startsWith(u"azureml:"_s))
        return *error;
    return ApiError::make(ApiError::Kind::NotFound, u"workspace.not_found"_s,
                          Text::tr("There is no local workspace named '%1' and no connected Azure ML workspace of that name.").arg(text),
                          u"workspace"_s);
}
