#!/usr/bin/env bash
# Puts the Maven that ./mvnw pins where ./mvnw looks for it, taking the distribution from the Maven
# repository (through the machine's own `mvn`) instead of the download site, which these machines
# cannot reach. On a machine with internet ./mvnw downloads it by itself and this script is not needed.
set -euo pipefail
cd "$(dirname "$0")/.."
url=$(sed -n 's/^distributionUrl=//p' .mvn/wrapper/maven-wrapper.properties)
name=${url##*/}; name=${name%.zip}; version=${name#apache-maven-}; version=${version%-bin}

# Same hash as ./mvnw's hash_string, so ./mvnw finds the folder.
h=0; str=$url
while [ -n "$str" ]; do
  char="${str%"${str#?}"}"
  h=$(((h * 31 + $(LC_CTYPE=C printf %d "'$char")) % 4294967296))
  str="${str#?}"
done
home="${MAVEN_USER_HOME:-$HOME/.m2}/wrapper/dists/apache-maven-$version/$(printf %x "$h")"
[ -x "$home/bin/mvn" ] && exit 0

mvn -q -B dependency:copy -Dartifact="org.apache.maven:apache-maven:$version:zip:bin" \
    -DoutputDirectory="${TMPDIR:-/tmp}/khorasan-maven" >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unzip -q "${TMPDIR:-/tmp}/khorasan-maven/apache-maven-$version-bin.zip" -d "$tmp"
mkdir -p "$(dirname "$home")"
rm -rf "$home"
mv "$tmp/apache-maven-$version" "$home"
