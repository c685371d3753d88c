#pragma once

#include <QMainWindow>

#include "services/core/apierror.h"

class DatastoreListModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;


// The studio's main window: the datastores of the current workspace in a sortable table,
// the default marked. Owns its views; the model and the services belong to the application.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(DatastoreListModel *model, const QString &workspaceName, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *datastoreView() const { return m_view; }

private:
    void showError(const ApiError &error);

    DatastoreListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_status;
};
