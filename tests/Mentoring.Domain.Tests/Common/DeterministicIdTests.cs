using Mentoring.Domain.Common;

namespace Mentoring.Domain.Tests.Common;

public sealed class DeterministicIdTests
{
    [Fact]
    public void The_same_key_gives_the_same_id_and_other_keys_or_scopes_do_not()
    {
        Assert.Equal(DeterministicId.From("contract", "k1"), DeterministicId.From("contract", "k1"));
        Assert.NotEqual(DeterministicId.From("contract", "k1"), DeterministicId.From("contract", "k2"));
        Assert.NotEqual(DeterministicId.From("contract", "k1"), DeterministicId.From("organisation", "k1"));
    }

    [Fact]
    public void Decision_needs_errors_to_reject() =>
        Assert.Throws<ArgumentException>(() => Decision.Reject([]));
}
