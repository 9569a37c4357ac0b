import statistics as st
from fractions import Fraction as F
import random
random.seed(7)
data = [random.random() * 100 for _ in range(200)]
ints = [random.randint(1, 50) for _ in range(101)]
for name in ('mean', 'fmean', 'median', 'median_low', 'median_high', 'variance', 'pvariance', 'stdev', 'pstdev'):
    fn = getattr(st, name)
    print(name, repr(fn(data)), repr(fn(ints)), repr(fn([1, 2, 3, 4])), repr(fn([2.5, 3.25, 5.75])))
print(st.mean([F(1, 3), F(2, 3), 1]), st.variance([F(1, 2), F(3, 4), 2]), st.median([F(1, 2), F(1, 3)]))
print(st.mode([1, 2, 2, 3, 3]), st.mode('abracadabra'), st.multimode('aabbc'), st.multimode([]))
print(st.mean([1, 2.5]), st.mean([True, False, True]), st.pvariance([1, 1, 1]), st.stdev([1.5, 2.5], xbar=2.0))
print(st.mean([1e308, 1e308]), st.fmean([1, 2, 3], weights=[3, 2, 1]))
for fn, arg in ((st.mean, []), (st.median, []), (st.mode, []), (st.variance, [1]), (st.stdev, [1]), (st.pvariance, []), (st.pstdev, []), (st.fmean, [])):
    try:
        fn(arg)
    except st.StatisticsError as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
