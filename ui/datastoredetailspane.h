#pragma once

#include <optional>

#include <QPointer>
#include <QWidget>

#include "services/core/datastore.h"
#include "services/workspace/workspaceservice.h"

class MessageBanner;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTimer;
class SupportMatrix;

// Everything about the selected datastore: its fields, which secrets are stored (never the
// secret itself unless the user presses Show, which reads it from the keychain on demand and
// hides it again after a short time), and its azureml:// URI with a copy button.
// objectNames: detailsTitle, uriEdit, copyUri, show_<field>, secret_<field>.
class DatastoreDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatastoreDetailsPane)

public:
    explicit DatastoreDetailsPane(const SupportMatrix &matrix, QWidget *parent = nullptr);
    ~DatastoreDetailsPane() override;

    void setWorkspace(WorkspaceService *workspace);
    void setDatastore(const std::optional<Datastore> &datastore);
    // How long a revealed secret stays visible.
    void setRevealDuration(int milliseconds) { m_revealMs = milliseconds; }

signals:
    void statusMessage(const QString &text);

private:
    void rebuild();
    void checkKeychain();
    void reveal(const QString &field);
    void hideSecrets();

    const SupportMatrix &m_matrix;
    QPointer<WorkspaceService> m_workspace;
    std::optional<Datastore> m_datastore;
    QLabel *m_title;
    QWidget *m_body;
    QFormLayout *m_form;
    MessageBanner *m_banner;
    QTimer *m_hideTimer;
    QList<QLineEdit *> m_secretEdits;
    int m_revealMs = 30000;
    int m_generation = 0;
};
