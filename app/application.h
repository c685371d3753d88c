#pragma once

#include <memory>

#include <QObject>
#include <QString>

#include "services/core/preferences.h"

class DatastoreConnector;
class DatastoreListModel;
class KeychainSecretStore;
class QNetworkAccessManager;
class StorageAccessValidator;
class StorageHttp;
class MainWindow;
class WorkspaceManager;
struct ApiError;

// The composition root of the studio: builds the secret store, opens the workspace, the
// models and the main window, and owns them all. Main thread.
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    // Opens the workspace (`name`, or the remembered one) and shows the window; false with
    // `error` filled when the workspace cannot be opened.
    bool start(const QString &name, ApiError *error);
    // The preferences the window starts with (before start()).
    void setPreferences(const Preferences &preferences) { m_preferences = preferences; }

private:
    Preferences m_preferences;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<StorageHttp> m_http;
    std::unique_ptr<StorageAccessValidator> m_validator;
    std::unique_ptr<DatastoreConnector> m_connector;
    std::unique_ptr<WorkspaceManager> m_manager;
    std::unique_ptr<DatastoreListModel> m_model;
    std::unique_ptr<MainWindow> m_window;
};
