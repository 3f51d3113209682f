"""age encryption and decryption as streams, each running in a helper thread.

pyrage reads and writes through Python file objects in 8 KiB steps and lets other
threads run between them, so a GUI thread waiting on neither stays responsive
(tests/exchange/test_responsive.py measures it). The helper thread is always joined
before these functions return or raise, on every path.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import BinaryIO

import pyrage
from pyrage import x25519

from desktop.exchange.channel import (
    Channel,
    ChannelAbandoned,
    ChannelFailed,
    buffered_reader,
    buffered_writer,
)
from desktop.exchange.errors import ExchangeError, Reason

AGE_MAGIC = b"age-encryption.org/v1\n"
_NO_MATCHING_KEY = "No matching keys found"  # pyrage's message when no identity fits


class Decrypting:
    """Plaintext of an age file, read on demand while a thread decrypts ahead of it."""

    def __init__(self, source: BinaryIO, identity: x25519.Identity) -> None:
        self._channel = Channel()
        self._thread = threading.Thread(
            target=self._run, args=(source, identity), name="age-decrypt", daemon=True
        )
        self._thread.start()

    def _run(self, source: BinaryIO, identity: x25519.Identity) -> None:
        try:
            sink = buffered_writer(self._channel)
            pyrage.decrypt_io(source, sink, [identity])
            sink.flush()
        except BaseException as error:  # handed to the reading thread, which raises it
            with contextlib.suppress(ChannelAbandoned):
                self._channel.close(error)
        else:
            with contextlib.suppress(ChannelAbandoned):
                self._channel.close()

    def read(self, size: int) -> bytes:
        try:
            return self._channel.read(size)
        except ChannelFailed as failed:
            raise decrypt_problem(failed.error) from None

    def close(self) -> None:
        """Stop decrypting (if it has not finished) and wait for the thread to end."""
        self._channel.abandon()
        self._thread.join()


def decrypt_problem(error: BaseException) -> ExchangeError:
    """What a failure inside age means to the person holding the file."""
    if isinstance(error, ExchangeError):
        return error
    if isinstance(error, pyrage.DecryptError) and _NO_MATCHING_KEY in str(error):
        return ExchangeError(Reason.NOT_FOR_YOU, "no recipient stanza opens with our identity")
    return ExchangeError(Reason.CORRUPT, f"age decryption failed: {type(error).__name__}: {error}")


@contextlib.contextmanager
def encrypting(out: BinaryIO, recipient: str) -> Iterator[Channel]:
    """A channel whose bytes are age-encrypted to `recipient` into `out`.

    The ciphertext is complete only if the block finishes normally; if it raises, age
    is stopped before writing its final chunk, so `out` never holds a valid file.
    """
    channel = Channel()
    failure: list[BaseException] = []

    def run() -> None:
        try:
            pyrage.encrypt_io(buffered_reader(channel), out, [x25519.Recipient.from_str(recipient)])
        except BaseException as error:
            failure.append(error)
        finally:
            channel.abandon()  # a writer blocked on a full channel must not wait forever

    thread = threading.Thread(target=run, name="age-encrypt", daemon=True)
    thread.start()
    try:
        yield channel
    except ChannelAbandoned:
        thread.join()
        raise (failure[0] if failure else RuntimeError("age stopped reading")) from None
    except BaseException as error:
        with contextlib.suppress(ChannelAbandoned):
            channel.close(error)
        thread.join()
        raise
    with contextlib.suppress(ChannelAbandoned):
        channel.close()
    thread.join()
    if failure:
        raise failure[0]
