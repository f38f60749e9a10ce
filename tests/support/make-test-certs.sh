#!/usr/bin/env bash
# Certificates for the TLS tests, made fresh in DIR with openssl (never committed):
#   ca.pem/ca.key            a private certificate authority ("Nango Desk Test CA")
#   server.pem/server.key    issued by it for 127.0.0.1 and localhost
#   wronghost.pem/.key       issued by it for nango.internal only
#   expired.pem/.key         issued by it for 127.0.0.1, valid in 2020 only
#   self.pem/self.key        self-signed for 127.0.0.1
#   self2.pem/self2.key      another self-signed one (the server "changed its certificate")
set -euo pipefail
dir="${1:?usage: make-test-certs.sh DIR}"
mkdir -p "$dir"
cd "$dir"

key() { openssl genrsa -out "$1" 2048 2>/dev/null; }

key ca.key
openssl req -x509 -new -key ca.key -sha256 -days 3650 -subj "/CN=Nango Desk Test CA/O=Example Corp" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -out ca.pem 2>/dev/null

issue() { # name subject san [startdate enddate]
  local name="$1" subject="$2" san="$3"
  key "$name.key"
  openssl req -new -key "$name.key" -subj "$subject" -out "$name.csr" 2>/dev/null
  printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$san" >"$name.ext"
  if [ $# -ge 5 ]; then
    # openssl x509 cannot date a certificate in the past; a minimal `openssl ca` can.
    mkdir -p ca-db && : >ca-db/index.txt && echo 1000 >ca-db/serial
    cat >ca-db/ca.cnf <<CNF
[ ca ]
default_ca = test
[ test ]
database = ca-db/index.txt
serial = ca-db/serial
new_certs_dir = ca-db
default_md = sha256
policy = any
copy_extensions = none
[ any ]
commonName = supplied
CNF
    openssl ca -batch -config ca-db/ca.cnf -cert ca.pem -keyfile ca.key -in "$name.csr" -out "$name.pem" \
      -startdate "$4" -enddate "$5" -extfile "$name.ext" -notext 2>/dev/null
  else
    openssl x509 -req -in "$name.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -days 825 -sha256 \
      -extfile "$name.ext" -out "$name.pem" 2>/dev/null
  fi
}

issue server "/CN=127.0.0.1/O=Example Corp" "IP:127.0.0.1,DNS:localhost"
issue wronghost "/CN=nango.internal/O=Example Corp" "DNS:nango.internal"
issue expired "/CN=127.0.0.1/O=Example Corp" "IP:127.0.0.1" 20200101000000Z 20200201000000Z

selfsigned() {
  key "$1.key"
  openssl req -x509 -new -key "$1.key" -sha256 -days 825 -subj "/CN=$2" \
    -addext "subjectAltName=IP:127.0.0.1" -out "$1.pem" 2>/dev/null
}
selfsigned self "nango.example.internal"
selfsigned self2 "nango.example.internal"
rm -f ./*.csr ./*.ext ./*.srl
