// StorageBrowserWindow's navigation: the folder shown, the breadcrumb, opening folders,
// loading ahead while the list scrolls, and what the preview shows for the current row.
#include "ui/storagebrowserwindow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

#include "models/folderproxymodel.h"
#include "models/storagebrowsermodel.h"
#include "ui/storagepreviewpane.h"

using namespace Qt::Literals::StringLiterals;

QString StorageBrowserWindow::currentFolder() const
{
    return m_atRoot ? QString() : m_model->folderPath(m_current);
}

void StorageBrowserWindow::navigate(const QModelIndex &folder)
{
    m_current = folder;
    m_atRoot = !folder.isValid();
    m_list->selectionModel()->clear(); // nothing is selected in a folder just opened
    m_list->setRootIndex(folder);
    applyLocalMatch(); // hidden rows belong to the view, not to a folder
    m_search->blockSignals(true);
    if (!m_ignoreCase->isChecked())
        m_search->setText(m_model->namePrefix(folder));
    m_search->blockSignals(false);
    if (m_model->canFetchMore(folder))
        m_model->fetchMore(folder);
    const QModelIndex proxy = m_folderProxy->mapFromSource(folder);
    if (proxy.isValid() && m_folders->currentIndex() != proxy) {
        m_folders->expand(proxy.parent());
        m_folders->setCurrentIndex(proxy);
    } else if (!proxy.isValid()) {
        m_folders->clearSelection();
    }
    m_preview->show({});
    rebuildBreadcrumb();
    updateStatus();
    updateActions();
}

bool StorageBrowserWindow::openFolder(const QString &path)
{
    if (path.isEmpty()) {
        navigate({});
        return true;
    }
    const QModelIndex folder = m_model->indexForFolder(path);
    if (!folder.isValid())
        return false;
    navigate(folder);
    return true;
}

void StorageBrowserWindow::rebuildBreadcrumb()
{
    while (QLayoutItem *item = m_breadcrumbLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto addButton = [this](const QString &label, const QString &path) {
        auto *b = new QToolButton;
        b->setText(label);
        b->setAutoRaise(true);
        b->setAccessibleName(path.isEmpty() ? tr("Root of %1").arg(m_datastore.name) : path);
        b->setToolTip(path.isEmpty() ? tr("The root of %1").arg(m_datastore.name) : path);
        connect(b, &QToolButton::clicked, this, [this, path] { openFolder(path); });
        m_breadcrumbLayout->addWidget(b);
    };
    addButton(m_datastore.name, {});
    QString path;
    for (const QString &part : currentFolder().split(u'/', Qt::SkipEmptyParts)) {
        auto *sep = new QLabel(u"›"_s);
        m_breadcrumbLayout->addWidget(sep);
        path += part + u'/';
        addButton(part, path);
    }
    m_breadcrumbLayout->addStretch();
}

void StorageBrowserWindow::prefetchIfNearEnd()
{
    // Load ahead while the user scrolls: when the last loaded row is within two screens of the
    // bottom of the viewport, ask for the next page (Qt's own view only asks once the last
    // row is on screen, which makes the user wait at every page boundary).
    if (!m_model->canFetchMore(m_current))
        return;
    if (!m_model->serviceOrder()) {
        m_model->fetchMore(m_current); // sorted other than by the service: only the whole folder is in order
        return;
    }
    const int rows = m_model->rowCount(m_current);
    const QModelIndex top = m_list->indexAt(QPoint(1, 1));
    const QModelIndex bottom = m_list->indexAt(QPoint(1, m_list->viewport()->height() - 2));
    if (rows == 0 || !bottom.isValid()) {
        m_model->fetchMore(m_current); // the screen is not full yet
        return;
    }
    const int screen = std::max(1, bottom.row() - (top.isValid() ? top.row() : 0) + 1);
    if (rows - 1 - bottom.row() <= 2 * screen)
        m_model->fetchMore(m_current);
}

void StorageBrowserWindow::activated(const QModelIndex &index)
{
    const QModelIndex row = index.siblingAtColumn(0);
    if (m_model->isDirectory(row))
        navigate(row);
}

void StorageBrowserWindow::currentChanged()
{
    const QModelIndex row = m_list->currentIndex().siblingAtColumn(0);
    m_preview->show(row.isValid() ? m_model->entry(row) : StorageEntry());
}
