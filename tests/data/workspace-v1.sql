-- A local workspace file as schema version 1 wrote it (one statement per line).
CREATE TABLE workspace (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE datastores (name TEXT PRIMARY KEY, type TEXT NOT NULL, auth TEXT NOT NULL, fields TEXT NOT NULL, secret_fields TEXT NOT NULL DEFAULT '', is_default INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL);
INSERT INTO workspace (key, value) VALUES ('id', '0b5c7a38-5d0e-4c36-9d54-7f1f4a2b9c11');
INSERT INTO datastores VALUES ('workspaceblobstore', 'azure_blob', 'account_key', '{"account_name":"devstoreaccount1","container_name":"azureml-blobstore-0b5c7a38-5d0e-4c36-9d54-7f1f4a2b9c11","endpoint":"http://127.0.0.1:10000/devstoreaccount1","protocol":"http"}', '', 0, '2026-01-05T10:00:00.000Z');
INSERT INTO datastores VALUES ('workspacefilestore', 'azure_file', 'account_key', '{"account_name":"devstoreaccount1","file_share_name":"azureml-filestore-0b5c7a38-5d0e-4c36-9d54-7f1f4a2b9c11","endpoint":"http://127.0.0.1:10004/devstoreaccount1","protocol":"http"}', '', 0, '2026-01-05T10:00:00.000Z');
INSERT INTO datastores VALUES ('sales_blob', 'azure_blob', 'sas', '{"account_name":"contososales","container_name":"raw","endpoint":"core.windows.net","protocol":"https"}', 'sas_token', 1, '2026-02-01T08:30:00.000Z');
INSERT INTO datastores VALUES ('events_pg', 'azure_postgresql', 'sql', '{"server_name":"contoso-pg","database_name":"events","endpoint":"postgres.database.azure.com","port":"5432","enforce_ssl":"true","user_id":"reader"}', 'user_password', 0, '2026-02-02T09:00:00.000Z');
INSERT INTO datastores VALUES ('old_default', 'azure_file', 'account_key', '{"account_name":"contosofiles","file_share_name":"share","endpoint":"core.windows.net","protocol":"https"}', 'account_key', 1, '2026-02-03T09:00:00.000Z');
PRAGMA user_version = 1;
