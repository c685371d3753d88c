#include "ui/mainwindow.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>

#include "models/datastorelistmodel.h"
#include "services/core/apierror.h"

MainWindow::MainWindow(DatastoreListModel *model, const QString &workspaceName, QWidget *parent)
    : QMainWindow(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Datastore Studio — %1").arg(workspaceName));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DatastoreListModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("datastoreView"));
    m_view->setAccessibleName(tr("Datastores"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DatastoreListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    setCentralWidget(m_view);

    m_status->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_status, 1);
    connect(m_model, &DatastoreListModel::loadingStarted, this, [this] { m_status->setText(tr("Loading datastores…")); });
    connect(m_model, &DatastoreListModel::loadingFinished, this, [this] {
        m_status->setText(tr("%n datastore(s)", nullptr, m_model->rowCount()));
        m_view->resizeColumnsToContents();
    });
    connect(m_model, &DatastoreListModel::loadingFailed, this, &MainWindow::showError);
    resize(1100, 600);
}

MainWindow::~MainWindow() = default;

void MainWindow::showError(const ApiError &error)
{
    m_status->setText(error.toString());
}
