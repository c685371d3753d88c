#pragma once

#include <QPointer>
#include <QWidget>

#include "models/rowstablemodel.h"
#include "services/storage/storageclient.h"

class CsvRows;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;
class QTreeWidget;
class QTabWidget;

// The preview and properties of the entry selected in the browser. For a file the preview
// reads only its beginning (a Range request of PreviewBytes; images up to ImageBytes) and
// shows text, JSON pretty-printed, images or a hex dump (ContentSniff decides), and CSV / TSV
// as a table that reads on through the file as it scrolls (CsvRows); for a table or view of a
// database its rows, a page at a time as it scrolls (RowsTableModel, the same table). The
// properties tab shows the object's system properties and metadata (a HEAD request), or what
// the database's catalog says. A newer selection cancels the older requests, and their late
// answers are ignored.
class StoragePreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoragePreviewPane)

public:
    static constexpr qint64 PreviewBytes = 64 * 1024; // unless setPreviewBytes says otherwise
    static constexpr qint64 ImageBytes = 8 * 1024 * 1024;
    static constexpr int RowsPageSize = 200;

    explicit StoragePreviewPane(QWidget *parent = nullptr);
    ~StoragePreviewPane() override;

    void setClient(StorageClient *client) { m_client = client; }
    // How much of a file a text, table or binary preview reads (Settings: Preview reads).
    void setPreviewBytes(qint64 bytes) { m_previewBytes = bytes; }
    qint64 previewBytes() const { return m_previewBytes; }
    // Shows `entry` (a file: preview + properties; a folder or nothing: a hint).
    void show(const StorageEntry &entry);

    // For tests: which view the preview uses now ("text", "table", "image", "message").
    QString mode() const;
    QString previewText() const;
    QTableView *table() const { return m_table; }
    RowsTableModel *rows() const { return m_rows; }
    QTreeWidget *properties() const { return m_properties; }

private:
    void showMessage(const QString &text);
    void showData(const StorageEntry &entry, const ReadResult &read);
    void showProperties(const StorageEntry &entry, const ObjectProperties &p);
    void showEntryProperties(const StorageEntry &entry);
    void showRows(RowsTableModel::Fetch fetch);
    void updateRowsCaption();

    QPointer<StorageClient> m_client;
    QTabWidget *m_tabs;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QPlainTextEdit *m_text;
    QTableView *m_table;
    RowsTableModel *m_rows;
    QPointer<CsvRows> m_csv;
    QLabel *m_image;
    QLabel *m_caption;
    QTreeWidget *m_properties;
    QPointer<ReadJob> m_read;
    QPointer<PropertiesJob> m_head;
    quint64 m_generation = 0;
    qint64 m_previewBytes = PreviewBytes;
};
