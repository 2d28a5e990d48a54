#!/usr/bin/env bash
# Creates N implementation projects with plan, costs and a scored KPI through the JSON API,
# for measuring the portfolio page. Usage: bench/portfolio-projects.sh 200 http://localhost:8097
set -euo pipefail
n=${1:-200}
base=${2:-http://localhost:8080}
start=$(date -d '-4 months' +%Y-%m-%d)
golive=$(date -d '+8 months' +%Y-%m-%d)
for i in $(seq 1 "$n"); do
  id=$(curl -sf -u director:demo -H 'Content-Type: application/json' \
    -d "{\"name\":\"Bench project $i\",\"organisation\":\"Bench $i\",\"currency\":\"CNY\",\"startDate\":\"$start\",\"plannedGoLive\":\"$golive\"}" \
    "$base/api/v1/projects" | sed -E 's/.*"id":([0-9]+).*/\1/')
  curl -sf -o /dev/null -u director:demo -H 'Content-Type: application/json' \
    -d '{"username":"steering","role":"STEERING","projectRole":"Chair","allocation":10}' \
    "$base/api/v1/projects/$id/members"
  printf 'category,stage,kind,incurred_on,amount,vendor,description,phase,driver,purpose\n%s\n%s\n%s\n%s\n' \
    "SOFTWARE,DEVELOPMENT,PLANNED,$start,$((100000 + i * 100)).00,Vendor,Licence,1,," \
    "LABOUR,DEVELOPMENT,PLANNED,$start,$((50000 + i)).00,Internal,Team,3,PROJECT_MANAGEMENT," \
    "SOFTWARE,DEVELOPMENT,ACTUAL,$start,$((90000 + i * 150)).00,Vendor,Licence,1,," \
    "TRAINING,OPERATION,PLANNED,$golive,20000.00,Trainer,Courses,,TRAINING," |
    curl -sf -o /dev/null -u finance:demo -H 'Content-Type: text/csv' --data-binary @- \
      "$base/api/v1/projects/$id/cost-lines/import"
  kpi=$(curl -sf -u director:demo -H 'Content-Type: application/json' \
    -d '{"perspective":"CUSTOMER","name":"Satisfaction","unit":"points","direction":"HIGHER_IS_BETTER","baseline":60,"target":80,"weight":1,"measureType":"DIRECT","period":"QUARTER"}' \
    "$base/api/v1/projects/$id/kpis" | sed -E 's/.*"id":([0-9]+).*/\1/')
  curl -sf -o /dev/null -u director:demo -H 'Content-Type: application/json' \
    -d "{\"period\":\"2026-Q3\",\"value\":$((60 + i % 25))}" "$base/api/v1/projects/$id/kpis/$kpi/measurements"
  if [ $((i % 20)) -eq 0 ]; then echo "$i projects"; fi
done
