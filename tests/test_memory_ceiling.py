"""The memory ceiling of the processes that read untrusted files: an address-space limit on
POSIX, a job object on Windows (driven here through a stand-in for kernel32, since the suite
runs on Linux: what is checked is the structure Windows reads and the calls made)."""

from __future__ import annotations

import ctypes
import multiprocessing
import sys

import pytest

from ehr_desktop.exchange import memory_ceiling


def test_the_job_limit_structure_has_the_windows_layout():
    if ctypes.sizeof(ctypes.c_void_p) != 8:
        pytest.skip("the layout checked is the 64-bit one")
    structure = memory_ceiling.JobLimits
    assert ctypes.sizeof(structure) == 144
    assert structure.BasicLimitInformation.offset == 0
    assert structure.IoInfo.offset == 64
    assert structure.ProcessMemoryLimit.offset == 112
    inner = type(structure().BasicLimitInformation)
    assert inner.LimitFlags.offset == 16
    assert inner.MinimumWorkingSetSize.offset == 24
    assert inner.SchedulingClass.offset == 60


class FakeFunction:
    def __init__(self, name: str, calls: list, result):
        self.name, self.calls, self.result = name, calls, result
        self.argtypes = self.restype = None

    def __call__(self, *args):
        self.calls.append((self.name, args))
        return self.result(*args) if callable(self.result) else self.result


class FakeKernel32:
    """Records calls; SetInformationJobObject reads the structure back from its address."""

    def __init__(self, *, job=1234, set_ok=1, assign_ok=1):
        self.calls: list = []
        self.seen: dict = {}

        def set_information(job_handle, info_class, address, size):
            structure = memory_ceiling.JobLimits.from_address(address)
            self.seen = {
                "class": info_class,
                "size": size,
                "flags": structure.BasicLimitInformation.LimitFlags,
                "process_limit": structure.ProcessMemoryLimit,
                "job_limit": structure.JobMemoryLimit,
            }
            return set_ok

        for name, result in (
            ("CreateJobObjectW", job),
            ("SetInformationJobObject", set_information),
            ("GetCurrentProcess", -1),
            ("AssignProcessToJobObject", assign_ok),
            ("CloseHandle", 1),
        ):
            setattr(self, name, FakeFunction(name, self.calls, result))

    def called(self) -> list[str]:
        return [name for name, _ in self.calls]


def test_windows_puts_the_reader_in_a_job_limited_per_process():
    kernel32 = FakeKernel32()
    assert memory_ceiling._limit_by_job_object(kernel32, 1024 * 2**20)
    assert kernel32.called() == [
        "CreateJobObjectW",
        "SetInformationJobObject",
        "GetCurrentProcess",
        "AssignProcessToJobObject",
    ]
    assert kernel32.seen == {
        "class": 9,  # JobObjectExtendedLimitInformation
        "size": ctypes.sizeof(memory_ceiling.JobLimits),
        "flags": 0x100,  # JOB_OBJECT_LIMIT_PROCESS_MEMORY, nothing else
        "process_limit": 1024 * 2**20,
        "job_limit": 0,
    }
    assigned = kernel32.calls[-1][1]
    assert assigned == (1234, -1)  # the job, and this very process
    # Handles are pointer-sized: declared so, never truncated to int on 64-bit Windows.
    assert kernel32.CreateJobObjectW.restype is ctypes.c_void_p
    assert kernel32.AssignProcessToJobObject.argtypes == (ctypes.c_void_p, ctypes.c_void_p)


@pytest.mark.parametrize(
    ("fake", "closes"),
    [
        (FakeKernel32(job=None), False),  # no job could be made
        (FakeKernel32(set_ok=0), True),  # the limit was not accepted
        (FakeKernel32(assign_ok=0), True),  # the process could not join (old Windows, nesting)
    ],
)
def test_windows_without_a_job_reads_on_and_says_so(fake, closes):
    assert memory_ceiling._limit_by_job_object(fake, 2**30) is False
    assert ("CloseHandle" in fake.called()) is closes


def _rlimit_in_child(answers) -> None:
    import resource

    limited = memory_ceiling.limit_this_process(1536)
    answers.put((limited, resource.getrlimit(resource.RLIMIT_AS)))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX address-space limit")
def test_posix_sets_the_address_space_limit_of_the_calling_process_only():
    import resource

    before = resource.getrlimit(resource.RLIMIT_AS)
    context = multiprocessing.get_context("spawn")
    answers = context.Queue()
    child = context.Process(target=_rlimit_in_child, args=(answers,))
    child.start()
    limited, (soft, hard) = answers.get(timeout=60)
    child.join(timeout=30)
    assert limited and soft == hard == 1536 * 2**20
    assert resource.getrlimit(resource.RLIMIT_AS) == before  # the caller's own is untouched
