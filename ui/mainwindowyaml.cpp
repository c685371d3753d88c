// The main window's az ml v2 YAML: Import from YAML… (the wizard, filled in from the file)
// and Export to YAML… (the secret only when the user says so, then readable by its owner only).
#include "ui/mainwindow.h"

#include <QFile>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include "services/core/datastoreyaml.h"
#include "services/core/supportmatrix.h"
#include "services/workspace/workspaceservice.h"
#include "services/workspace/workspacemanager.h"
#include "ui/messagebanner.h"
#include "ui/messagebox.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 MaxYamlBytes = 1024 * 1024;

QString yamlFilter()
{
    return MainWindow::tr("az ml YAML files (*.yml *.yaml);;All files (*)");
}

} // namespace

void MainWindow::importYaml()
{
    if (!m_manager->current())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a datastore from YAML"),
                                                      QStandardPaths::writableLocation(QStandardPaths::HomeLocation), yamlFilter());
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxYamlBytes) {
        showError(ApiError::make(ApiError::Kind::InvalidInput, u"file.read"_s,
                                 file.isOpen() ? tr("%1 is larger than a datastore file can be (1 MiB).").arg(path)
                                               : tr("%1 cannot be read: %2").arg(path, file.errorString())),
                  tr("Nothing was imported."));
        return;
    }
    const auto parsed = DatastoreYaml::read(m_matrix, file.read(MaxYamlBytes), QFileInfo(path).fileName());
    if (!parsed) {
        showError(parsed.error(), tr("Nothing was imported."));
        return;
    }
    openWizard(std::pair{parsed.value().datastore, parsed.value().secrets});
}

void MainWindow::exportYaml()
{
    WorkspaceService *ws = m_manager->current();
    const std::optional<Datastore> ds = selectedDatastore();
    if (!ws || !ds || !m_exportYaml->isEnabled())
        return;
    // The native dialog asks before replacing a file.
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::HomeLocation) + u'/' + ds->name + u".yml"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export '%1' to YAML").arg(ds->name), suggested, yamlFilter());
    if (path.isEmpty())
        return;
    const StorageTypeSpec &type = m_matrix.type(ds->type);
    const AuthSpec *auth = type.authSpec(ds->auth);
    const bool hasSecret = auth && !auth->secretFields().isEmpty();
    const bool withSecret = hasSecret
        && MessageBox::question(this, tr("Include the secret?"),
                                tr("Write the secret of '%1' into %2 as well?\n\nWith it, 'az ml datastore create --file' and Import need "
                                   "nothing else — and anyone who can read the file can use the storage. The file is then "
                                   "readable by you only; keep it out of version control. Without it, the secret is asked for "
                                   "when the file is registered.")
                                    .arg(ds->name, QFileInfo(path).fileName()),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes;
    const Datastore datastore = *ds;
    const auto write = [this, path, datastore](const SecretMap &secrets) {
        const auto written = DatastoreYaml::write(m_matrix, datastore, secrets);
        if (!written) {
            showError(written.error(), tr("'%1' was not exported.").arg(datastore.name));
            return;
        }
        QSaveFile file(path);
        bool ok = file.open(QIODevice::WriteOnly);
        if (ok && !secrets.isEmpty())
            ok = file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ok = ok && file.write(written.value().text) == written.value().text.size() && file.commit();
        if (!ok) {
            showError(ApiError::make(ApiError::Kind::InvalidInput, u"file.write"_s, tr("%1 could not be written: %2").arg(path, file.errorString())),
                      tr("'%1' was not exported.").arg(datastore.name));
            return;
        }
        QStringList notes = written.value().leftOut;
        if (!secrets.isEmpty())
            notes << tr("The file holds the secret and is readable by you only.");
        const QString done = tr("Exported '%1' to %2.").arg(datastore.name, QDir::toNativeSeparators(path));
        m_banner->showMessage(notes.isEmpty() ? MessageBanner::Type::Success : MessageBanner::Type::Information,
                              notes.isEmpty() ? done : done + u' ' + notes.join(u' '));
    };
    if (!withSecret) {
        write({});
        return;
    }
    beginBusy(tr("Reading the secret of '%1'…").arg(datastore.name));
    onFinished(ws->readSecrets(datastore.name), this, [this, write, datastore](const Result<SecretMap> &secrets) {
        endBusy();
        if (!secrets) {
            showError(secrets.error(), tr("'%1' was not exported.").arg(datastore.name));
            return;
        }
        write(secrets.value());
    });
}
