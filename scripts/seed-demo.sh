#!/usr/bin/env bash
# seed-demo.sh DSSTUDIO [AZURITE_ENDPOINT] — fill the local workspace "demo" with a few
# datastores of several types (demo values, nothing real) and make one the default.
# Idempotent (uses --overwrite). With an Azurite endpoint, 'training_data' is registered with
# validation (creating its container) and, when empty, filled with a few thousand demo
# objects in nested folders (scripts/demo-data.py), so the browser has something to show.
# Needs a running Secret Service (the demo secrets go to the keychain like any other).
set -euo pipefail
ds=${1:?usage: seed-demo.sh PATH/TO/dsstudio [AZURITE_ENDPOINT]}
azurite=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
ws=(--workspace demo)
"$ds" workspace list --json | grep -q '"name": "demo"' || "$ds" workspace create demo >/dev/null

tenant=72f988bf-86f1-41af-91ab-2d7cd011db47
client=0e8a2f4c-5b1d-4c6e-9f3a-7d2b1c4e5f60
# Demo secrets, passed by environment variable (never on a command line).
export DEMO_AZURITE_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
export DEMO_SAS='sv=2022-11-02&ss=bf&srt=co&sp=rl&se=2027-12-31T00:00:00Z&sig=ZGVtbw%3D%3D'
export DEMO_CLIENT_SECRET='demo-client-secret'
export DEMO_DB_PASSWORD='demo-password'
reg() { "$ds" "${ws[@]}" datastore register --skip-validation --overwrite "$@" >/dev/null; }

blob_endpoint=${azurite:-http://127.0.0.1:10000/devstoreaccount1}
if [[ -n $azurite ]]; then
    "$ds" "${ws[@]}" datastore register --overwrite --create-if-not-exists --type azure_blob --name training_data \
        --auth account_key --account-name devstoreaccount1 --container-name training-data --endpoint "$blob_endpoint" \
        --secret-env account_key=DEMO_AZURITE_KEY >/dev/null
    if [[ -z $("$ds" "${ws[@]}" ls training_data | head -n 1) ]]; then
        tree=$(mktemp -d)
        count=$(python3 "$here/demo-data.py" "$tree")
        echo "seed-demo: uploading $count demo objects into training_data (Azurite)…"
        "$ds" "${ws[@]}" put "$tree" training_data --recursive >/dev/null
        rm -rf "$tree"
    fi
else
    reg --type azure_blob --name training_data --auth account_key --account-name devstoreaccount1 \
        --container-name training-data --endpoint "$blob_endpoint" --protocol http \
        --secret-env account_key=DEMO_AZURITE_KEY
fi
reg --type azure_blob --name raw_images --auth sas --account-name contosoml --container-name raw-images \
    --secret-env sas_token=DEMO_SAS
reg --type azure_file --name shared_notebooks --auth sas --account-name contosoml --file-share-name notebooks \
    --secret-env sas_token=DEMO_SAS
reg --type azure_data_lake_gen2 --name curated_lake --account-name contosolake --filesystem curated \
    --tenant-id $tenant --client-id $client --secret-env client_secret=DEMO_CLIENT_SECRET
reg --type azure_sql_database --name sales_warehouse --auth sql --server-name contoso-sql --database-name sales \
    --user-id reader --secret-env user_password=DEMO_DB_PASSWORD
reg --type azure_postgresql --name telemetry_pg --server-name contoso-pg --database-name telemetry \
    --user-id analyst --secret-env user_password=DEMO_DB_PASSWORD
reg --type dbfs --name spark_scratch
"$ds" "${ws[@]}" datastore set-default training_data >/dev/null
"$ds" workspace use demo >/dev/null
echo "seed-demo: workspace 'demo' holds $("$ds" "${ws[@]}" datastore list --json | grep -c '"name"') datastores"
