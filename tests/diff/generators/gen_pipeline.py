# generator pipelines
def read_lines():
    for line in ["10", "x", "20", "", "30", "abc", "5"]:
        yield line
def numbers(lines):
    for l in lines:
        if l.isdigit():
            yield int(l)
def running_total(nums):
    t = 0
    for n in nums:
        t += n
        yield t
print(list(running_total(numbers(read_lines()))))
