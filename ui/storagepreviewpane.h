#pragma once

#include <QPointer>
#include <QWidget>

#include "services/storage/storageclient.h"

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;
class QTabWidget;

// The preview and properties of the object selected in the browser. The preview reads only
// the beginning of the object (a Range request of PreviewBytes; images up to ImageBytes) and
// shows text, CSV as a table, JSON pretty-printed, images, or a hex dump; the properties tab
// shows the object's system properties and metadata (a HEAD request). A newer selection
// cancels the older requests, and their late answers are ignored.
class StoragePreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoragePreviewPane)

public:
    static constexpr qint64 PreviewBytes = 64 * 1024;
    static constexpr qint64 ImageBytes = 8 * 1024 * 1024;

    explicit StoragePreviewPane(QWidget *parent = nullptr);
    ~StoragePreviewPane() override;

    void setClient(StorageClient *client) { m_client = client; }
    // Shows `entry` (a file: preview + properties; a folder or nothing: a hint).
    void show(const StorageEntry &entry);

    // For tests: which view the preview uses now ("text", "table", "image", "message").
    QString mode() const;
    QString previewText() const;
    QTableWidget *table() const { return m_table; }
    QTreeWidget *properties() const { return m_properties; }

private:
    void showMessage(const QString &text);
    void showData(const StorageEntry &entry, const ReadResult &read);
    void showProperties(const StorageEntry &entry, const ObjectProperties &p);

    QPointer<StorageClient> m_client;
    QTabWidget *m_tabs;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QPlainTextEdit *m_text;
    QTableWidget *m_table;
    QLabel *m_image;
    QLabel *m_caption;
    QTreeWidget *m_properties;
    QPointer<ReadJob> m_read;
    QPointer<PropertiesJob> m_head;
    quint64 m_generation = 0;
};
