"""Query workers that cannot reach the network: the worst case of a missed SERVICE is a refusal.

:func:`deny_network` installs a seccomp filter in the calling process (Linux, x86-64 and
AArch64): from then on ``socket()`` fails with EACCES for every address family but AF_UNIX
(the worker's pipe to the server), and ``io_uring_setup()`` fails too, so neither the engine's
HTTP client nor a DNS look-up can open a connection. The filter cannot be lifted and is
inherited by children; it is meant for a forked query worker of a service that allows no
SERVICE host (``kg serve`` without ``--service-allow``) and reads a local store.
"""
from __future__ import annotations

import ctypes
import logging
import os
import platform
import struct

log = logging.getLogger("kg.web")

PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2
SECCOMP_RET_ALLOW = 0x7FFF0000
SECCOMP_RET_ERRNO = 0x00050000
EACCES = 13
AF_UNIX = 1

#: machine -> (AUDIT_ARCH, socket, io_uring_setup, x32 syscall bit or 0)
ARCHES = {
    "x86_64": (0xC000003E, 41, 425, 0x40000000),
    "aarch64": (0xC00000B7, 198, 425, 0),
}

# classic BPF opcodes
_LD_W_ABS = 0x20   # BPF_LD | BPF_W | BPF_ABS
_JEQ = 0x15        # BPF_JMP | BPF_JEQ | BPF_K
_JGE = 0x35        # BPF_JMP | BPF_JGE | BPF_K
_RET = 0x06        # BPF_RET | BPF_K
# offsets in struct seccomp_data
_NR, _ARCH, _ARG0 = 0, 4, 16


class _Fprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def network_filter(machine: str | None = None) -> bytes | None:
    """The BPF program for this machine (``None`` where we have no syscall table)."""
    spec = ARCHES.get(machine or platform.machine())
    if spec is None:
        return None
    arch, nr_socket, nr_uring, x32 = spec
    # (opcode, k, jump-if-true label, jump-if-false label); labels resolve below
    prog: list[tuple[int, int, str | None, str | None]] = [
        (_LD_W_ABS, _ARCH, None, None),
        (_JEQ, arch, None, "deny"),
        (_LD_W_ABS, _NR, None, None),
    ]
    if x32:
        prog.append((_JGE, x32, "deny", None))
    prog += [
        (_JEQ, nr_uring, "deny", None),
        (_JEQ, nr_socket, None, "allow"),
        (_LD_W_ABS, _ARG0, None, None),
        (_JEQ, AF_UNIX, "allow", "deny"),
    ]
    labels = {"allow": len(prog), "deny": len(prog) + 1}
    out = []
    for i, (code, k, jt, jf) in enumerate(prog):
        t = labels[jt] - i - 1 if jt else 0
        f = labels[jf] - i - 1 if jf else 0
        out.append(struct.pack("HBBI", code, t, f, k))
    out.append(struct.pack("HBBI", _RET, 0, 0, SECCOMP_RET_ALLOW))
    out.append(struct.pack("HBBI", _RET, 0, 0, SECCOMP_RET_ERRNO | EACCES))
    return b"".join(out)


def deny_network() -> bool:
    """Forbid this process (and its children) every network socket. True when installed;
    otherwise says why in the log, and the process keeps its network."""
    program = network_filter()
    if program is None:
        log.warning("query workers keep network access: no seccomp filter for %s", platform.machine())
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError as e:
        log.warning("query workers keep network access: %s", e)
        return False
    buf = ctypes.create_string_buffer(program, len(program))
    fprog = _Fprog(len(program) // 8, ctypes.addressof(buf))
    if (libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0
            or libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0):
        log.warning("query workers keep network access: prctl failed (%s)", os.strerror(ctypes.get_errno()))
        return False
    return True
