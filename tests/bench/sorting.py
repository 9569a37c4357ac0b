# sorting: the builtin sort with and without key functions, on ints, tuples and
# strings, plus a hand-written merge sort and insertion sort.
def lcg(seed, n):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x % 100000)
    return out

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        v = a[i]
        j = i - 1
        while j >= 0 and a[j] > v:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = v
    return a

total = 0
for rep in range(4):
    data = lcg(rep + 7, 50000)
    s1 = sorted(data)
    s2 = merge_sort(data)
    assert s1 == s2
    s3 = sorted(data, key=lambda v: (v % 100, -v))
    words = [str(v) for v in data[:20000]]
    words.sort(reverse=True)
    s4 = insertion_sort(data[:700])
    total += s1[len(s1) // 3] + s3[12345] + int(words[777]) + s4[350]
    total += sum(s3[i] * i for i in range(0, len(s3), 97)) % 1000003
print("checksum", total)
