# isdigit / isalpha / isspace
for s in ["123", "12a", "abc", "ab c", " ", "\t\n", "", "0", "Z", "!", "a1"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace())
