"""A memory ceiling for the process that reads an untrusted file (roster, template, returned
workbook): a file built to inflate without end makes that process fail, not the computer.

POSIX: an address-space limit (RLIMIT_AS). Windows: the process puts itself in a job object
whose per-process committed memory is limited — the equivalent SECURITY_NOTES asks for. Either
way an allocation past the ceiling fails (MemoryError in Python; a native reader aborts), and
the parent reports the file as too large. macOS accepts RLIMIT_AS without enforcing it there;
the size checks before parsing are what bound a file on a Mac.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from typing import Any

JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x100
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION = 9  # JOBOBJECTINFOCLASS JobObjectExtendedLimitInformation


def limit_this_process(megabytes: int) -> bool:
    """Sets the ceiling for the calling process; False when the system would not have it
    (the read then goes on without one, as it must still be possible to import)."""
    limit = megabytes * 1024 * 1024
    if sys.platform == "win32":
        return _limit_by_job_object(ctypes.WinDLL("kernel32", use_last_error=True), limit)
    try:
        import resource
    except ImportError:
        return False
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        return False
    return True


class _IoCounters(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_uint64)
        for name in (
            "ReadOperationCount",
            "WriteOperationCount",
            "OtherOperationCount",
            "ReadTransferCount",
            "WriteTransferCount",
            "OtherTransferCount",
        )
    ]


class _BasicLimitInformation(ctypes.Structure):
    _fields_ = [
        ("PerProcessUserTimeLimit", ctypes.c_int64),
        ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", ctypes.c_uint32),
        ("MinimumWorkingSetSize", ctypes.c_size_t),
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", ctypes.c_uint32),
        ("Affinity", ctypes.c_size_t),  # ULONG_PTR
        ("PriorityClass", ctypes.c_uint32),
        ("SchedulingClass", ctypes.c_uint32),
    ]


class JobLimits(ctypes.Structure):
    """JOBOBJECT_EXTENDED_LIMIT_INFORMATION as Windows lays it out (144 bytes on 64-bit)."""

    _fields_ = [
        ("BasicLimitInformation", _BasicLimitInformation),
        ("IoInfo", _IoCounters),
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    ]


def _limit_by_job_object(kernel32: Any, limit: int) -> bool:
    """Creates a job limited to `limit` bytes of committed memory per process and assigns the
    calling process to it (allowed from Windows 8 on also when already in a job). The job's
    handle is left open on purpose: the job lives as long as this process."""
    handle = ctypes.c_void_p
    kernel32.CreateJobObjectW.argtypes = (ctypes.c_void_p, ctypes.c_wchar_p)
    kernel32.CreateJobObjectW.restype = handle
    kernel32.SetInformationJobObject.argtypes = (
        handle,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.c_uint32,
    )
    kernel32.SetInformationJobObject.restype = ctypes.c_int
    kernel32.GetCurrentProcess.argtypes = ()
    kernel32.GetCurrentProcess.restype = handle
    kernel32.AssignProcessToJobObject.argtypes = (handle, handle)
    kernel32.AssignProcessToJobObject.restype = ctypes.c_int
    kernel32.CloseHandle.argtypes = (handle,)
    kernel32.CloseHandle.restype = ctypes.c_int

    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        return False
    information = JobLimits()
    information.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_PROCESS_MEMORY
    information.ProcessMemoryLimit = limit
    limited = kernel32.SetInformationJobObject(
        job,
        JOB_OBJECT_EXTENDED_LIMIT_INFORMATION,
        ctypes.addressof(information),
        ctypes.sizeof(information),
    ) and kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess())
    if not limited:
        with contextlib.suppress(OSError):
            kernel32.CloseHandle(job)
        return False
    return True
