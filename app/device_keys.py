"""Device signing keys (Ed25519) and package encryption (scrypt + AES-256-GCM), from
``cryptography``."""
from __future__ import annotations

import base64
import hashlib
import os

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
NONCE_BYTES = 12
TAG_BYTES = 16


def new_device_key() -> tuple[str, str]:
    """A new Ed25519 key pair: (private key, public key), both base64 of the raw 32 bytes."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(private).decode(), base64.b64encode(public).decode()


def fingerprint(public_b64: str) -> str:
    """What people compare by phone before trusting a device: 8 groups of 4 hex digits."""
    digest = hashlib.sha256(base64.b64decode(public_b64)).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4)).upper()


def sign(private_b64: str, message: bytes) -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_b64))
    return base64.b64encode(key.sign(message)).decode()


def verify(public_b64: str, message: bytes, signature_b64: str) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64, validate=True))
        key.verify(base64.b64decode(signature_b64, validate=True), message)
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


def derive_key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode("utf-8"))


def encryptor(passphrase: str):
    """(salt, nonce, encryptor) for streaming AES-256-GCM; the tag comes from finalize()."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    salt, nonce = os.urandom(16), os.urandom(NONCE_BYTES)
    enc = Cipher(algorithms.AES(derive_key(passphrase, salt)), modes.GCM(nonce)).encryptor()
    return salt, nonce, enc


def decryptor(passphrase: str, salt: bytes, nonce: bytes, tag: bytes):
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    return Cipher(algorithms.AES(derive_key(passphrase, salt)), modes.GCM(nonce, tag)).decryptor()


def device_private_key(store) -> str:
    """This device's private signing key, kept outside the database (the OS keyring or a 0600 file:
    app/secrets_store.py; loaded once by the store)."""
    return store.signing_key()


# --- signed chain heads ------------------------------------------------------------------------------
# A device signs, at every export, the head of its own event chain and the highest version-vector
# counter it has issued. The statement travels with its events (relays included), so a receiver can
# tell a device's own history and counters from ones a colleague made up in its name; one signature
# per device and package, not per event, keeps a 100k-event import fast.
HEAD_TAG = "zaosong-chain-head/1"


def head_statement(device_id: str, seq: int, head: str, vv: int) -> bytes:
    import json

    return json.dumps({"tag": HEAD_TAG, "device": device_id, "seq": seq, "head": head, "vv": vv},
                      sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign_head(private_b64: str, device_id: str, seq: int, head: str, vv: int) -> dict:
    return {"seq": seq, "head": head, "vv": vv, "sig": sign(private_b64, head_statement(device_id, seq, head, vv))}


def verify_head(public_b64: str, device_id: str, att: dict) -> bool:
    return bool(public_b64) and verify(public_b64, head_statement(device_id, att["seq"], att["head"], att["vv"]),
                                       att["sig"])
